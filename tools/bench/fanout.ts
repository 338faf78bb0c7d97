/**
 * Fan-out of one new help post to many idle graphql-ws subscribers (`helpPostsNear`):
 *   one   one API process with all the subscribers (in-memory PubSub)
 *   two   two API processes sharing PostgreSQL and Redis, half the subscribers on each; posts go
 *         through the first, so half the deliveries cross Redis
 * For each: the API's memory (RSS and V8 heap after a full GC) before and after the connections are
 * opened and subscribed, divided by their number; then `--posts` posts one after another, each
 * timed from just before `createHelpPost` is sent to its arrival at every subscriber (so latency
 * includes the insert and its commit): median, p99 and max over every delivery, and deliveries per
 * second (subscribers ÷ time to the last delivery, median over posts). The subscribers live in
 * `--clients` separate processes (tools/bench/fanout/subscribers.ts) using the plain `ws` client.
 * Like web pages, which each resume from the cursor they loaded, every subscriber passes a `since`
 * of its own (`--since own`; `--since none`: live only, no catch-up).
 *
 *   node fanout.js [--subscribers 10000] [--posts 20] [--clients 4] [--mode one|two|both] [--since own|none]
 *
 * Needs the API built (`nx run api:build`), DATABASE_URL (or an embedded PostgreSQL is started) and,
 * for `two`, REDIS_URL. Prints Markdown.
 */
import 'reflect-metadata';
import { areaCellFor } from '@village/shared';
import { ChildProcess, fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import type { ChildMessage, ParentMessage } from './fanout/subscribers';
import { migrate, withScratchDatabase } from './scratch-database';
import { median, percentile } from './stats';

// Compiled to dist/bench/tools/bench/.
const HERE = __dirname;
const ROOT = join(HERE, '..', '..', '..', '..');
const NEAR = `subscription ($cells: [String!], $since: String) {
  helpPostsNear(areaCells: $cells, since: $since) {
    cursor
    helpPost { id title category areaCell createdAt }
  }
}`;

type Mode = 'one' | 'two';
interface Options {
  subscribers: number;
  posts: number;
  clients: number;
  modes: Mode[];
  /** Whether each subscriber resumes from a cursor of its own, as web pages do. */
  ownSince: boolean;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = {
    subscribers: 10_000,
    posts: 20,
    clients: 4,
    modes: ['one', 'two'],
    ownSince: true,
  };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--subscribers' && Number(value) > 0) options.subscribers = Number(value);
    else if (flag === '--posts' && Number(value) > 0) options.posts = Number(value);
    else if (flag === '--clients' && Number(value) > 0) options.clients = Number(value);
    else if (flag === '--since' && (value === 'own' || value === 'none'))
      options.ownSince = value === 'own';
    else if (flag === '--mode' && (value === 'one' || value === 'two' || value === 'both'))
      options.modes = value === 'both' ? ['one', 'two'] : [value];
    else
      throw new Error(
        'usage: fanout [--subscribers N] [--posts N] [--clients N] [--mode one|two|both] [--since own|none]',
      );
  }
  return options;
}

interface Api {
  url: string;
  child: ChildProcess;
}

function startApi(env: NodeJS.ProcessEnv): Promise<Api> {
  const child = fork(join(HERE, 'fanout/api-process.js'), [], {
    cwd: ROOT,
    execArgv: [
      '--expose-gc',
      ...(process.env['FANOUT_PROFILE']
        ? ['--cpu-prof', '--cpu-prof-dir=' + process.env['FANOUT_PROFILE']]
        : []),
    ],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TRUSTED_DOCUMENTS: 'off',
      PORT: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE_IP: '0',
      RATE_LIMIT_PER_MINUTE_USER: '0',
      WEBSOCKET_CONNECTIONS_PER_IP: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Village is running at (\S+)/.exec(line);
      if (match) resolve({ url: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`API exited (${code}) before it was ready`)));
  });
}

interface Usage {
  rss: number;
  heapUsed: number;
  cpuMicros: number;
}

function usageOf(api: Api): Promise<Usage> {
  return new Promise((resolve) => {
    api.child.once('message', (message) => resolve(message as Usage));
    api.child.send('memory');
  });
}

async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<{
  body: { data?: Record<string, unknown>; errors?: unknown[] };
  cookie: string | null;
}> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? null };
}

class Subscribers {
  private readonly child: ChildProcess;
  constructor() {
    this.child = fork(join(HERE, 'fanout/subscribers.js'), [], { stdio: 'inherit' });
  }
  private ask<T extends ChildMessage['type']>(
    message: ParentMessage,
    answer: T,
  ): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve) => {
      const listener = (reply: ChildMessage) => {
        if (reply.type !== answer) return;
        this.child.off('message', listener);
        resolve(reply as Extract<ChildMessage, { type: T }>);
      };
      this.child.on('message', listener);
      this.child.send(message);
    });
  }
  open(url: string, count: number, cell: string, sinces: string[]) {
    const job = { url: `${url.replace('http', 'ws')}/graphql`, count, query: NEAR, sinces };
    return this.ask({ type: 'open', job: { ...job, variables: { cells: [cell] } } }, 'opened');
  }
  received(title: string) {
    return this.ask({ type: 'counts', title }, 'counts').then((reply) => reply.received);
  }
  times(title: string) {
    return this.ask({ type: 'times', title }, 'times').then((reply) => reply.times);
  }
  close() {
    this.child.send({ type: 'close' } satisfies ParentMessage);
  }
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

interface Result {
  mode: Mode;
  cpuPerDelivery: number;
  subscribers: number;
  rssPerConnection: number;
  heapPerConnection: number;
  rssBefore: number;
  rssAfter: number;
  latencies: number[];
  ratePerPost: number[];
  missing: number;
}

/**
 * One cursor per subscriber, all different: events on a topic nobody follows are appended to the
 * log straight in SQL (cheaper than as many posts), and each subscriber gets one of their seqs.
 */
async function cursorsToResumeFrom(databaseUrl: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ seq: string }>(
      `INSERT INTO realtime_event (topic, subject_id)
         SELECT 'bench/elsewhere', gen_random_uuid() FROM generate_series(1, $1)
       RETURNING seq::text AS seq`,
      [count],
    );
    return rows.rows.map((row) => row.seq);
  } finally {
    await client.end();
  }
}

async function run(mode: Mode, options: Options, databaseUrl: string): Promise<Result> {
  const redisUrl = process.env['REDIS_URL'];
  if (mode === 'two' && !redisUrl) throw new Error('mode two needs REDIS_URL');
  const env = { DATABASE_URL: databaseUrl, ...(mode === 'two' ? { REDIS_URL: redisUrl } : {}) };
  const apis = [await startApi(env)];
  if (mode === 'two') apis.push(await startApi(env));
  const clients = Array.from({ length: options.clients }, () => new Subscribers());
  try {
    // A random cell, so runs sharing one Redis never see each other's posts.
    const cell = areaCellFor(50 + Math.random() * 5, -3 + Math.random() * 3);
    const email = `fanout-${Date.now()}@bench.test`;
    const signUp = await gql(
      apis[0]!.url,
      `mutation ($input: SignUpInput!) { signUp(input: $input) { person { id } } }`,
      {
        input: { email, password: 'a long enough password', profile: { displayName: 'Poster' } },
      },
    );
    const cookie = signUp.cookie!;
    const post = (title: string) =>
      gql(
        apis[0]!.url,
        `mutation ($input: CreateHelpPostInput!) { createHelpPost(input: $input) { id } }`,
        { input: { kind: 'OFFER', category: 'BABY_ITEMS', title, areaCell: cell } },
        cookie,
      );
    await post('warm-up before measuring memory');
    const sinces = options.ownSince
      ? await cursorsToResumeFrom(databaseUrl, options.subscribers)
      : [];

    const before = await Promise.all(apis.map(usageOf));
    const counts = clients.map(
      (_, i) =>
        Math.floor(options.subscribers / options.clients) +
        (i < options.subscribers % options.clients ? 1 : 0),
    );
    const opened = await Promise.all(
      clients.map((client, i) => {
        const first = counts.slice(0, i).reduce((a, b) => a + b, 0);
        const own = sinces.slice(first, first + counts[i]!);
        return client.open(apis[i % apis.length]!.url, counts[i]!, cell, own);
      }),
    );
    const total = opened.reduce((sum, o) => sum + o.count, 0);
    const failed = opened.reduce((sum, o) => sum + o.failed, 0);
    if (failed > 0) console.error(`${failed} connections failed to open`);
    await sleep(2_000);
    const after = await Promise.all(apis.map(usageOf));
    const sum = (values: Usage[], key: keyof Usage) => values.reduce((s, v) => s + v[key], 0);

    const waitAll = async (title: string, limitMs: number) => {
      const until = Date.now() + limitMs;
      let received = 0;
      while (Date.now() < until) {
        received = (await Promise.all(clients.map((c) => c.received(title)))).reduce(
          (s, n) => s + n,
          0,
        );
        if (received >= total) break;
        await sleep(50);
      }
      return received;
    };
    // Every subscription is in place once all of them receive a warm-up post.
    for (let attempt = 0; attempt < 10; attempt++) {
      const title = `warm-up ${attempt}`;
      await post(title);
      if ((await waitAll(title, 5_000)) >= total) break;
    }

    const latencies: number[] = [];
    const ratePerPost: number[] = [];
    let missing = 0;
    const cpuBefore = sum(await Promise.all(apis.map(usageOf)), 'cpuMicros');
    for (let i = 0; i < options.posts; i++) {
      const title = `measured ${i}`;
      const sentAt = now();
      await post(title);
      const received = await waitAll(title, 10_000);
      missing += total - received;
      const times = (await Promise.all(clients.map((c) => c.times(title)))).flat();
      for (const at of times) latencies.push(at - sentAt);
      ratePerPost.push(
        times.length / ((times.reduce((a, b) => Math.max(a, b), 0) - sentAt) / 1000),
      );
      await sleep(200);
    }
    // CPU the API processes spent per delivery, the measured posts' own work included (and two
    // garbage collections per process for the usage readings, which makes it an upper bound).
    const cpuAfter = sum(await Promise.all(apis.map(usageOf)), 'cpuMicros');
    return {
      mode,
      cpuPerDelivery: (cpuAfter - cpuBefore) / latencies.length,
      subscribers: total,
      rssBefore: sum(before, 'rss'),
      rssAfter: sum(after, 'rss'),
      rssPerConnection: (sum(after, 'rss') - sum(before, 'rss')) / total,
      heapPerConnection: (sum(after, 'heapUsed') - sum(before, 'heapUsed')) / total,
      latencies,
      ratePerPost,
      missing,
    };
  } finally {
    for (const client of clients) client.close();
    for (const api of apis) api.child.kill('SIGINT');
    await Promise.all(apis.map((api) => new Promise((resolve) => api.child.once('exit', resolve))));
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const results = await withScratchDatabase(false, async (url, server) => {
    await migrate(url);
    console.log(
      `${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()[0]!.toFixed(1)}, Node ${process.version}, ${server}, ` +
        `${options.subscribers} subscribers in ${options.clients} client processes ${options.ownSince ? 'each resuming from its own cursor' : 'live only'}, ${options.posts} posts\n`,
    );
    const results: Result[] = [];
    for (const mode of options.modes) results.push(await run(mode, options, url));
    return results;
  });
  console.log(
    '| Setup | Subscribers | Deliveries | Missing | Latency median (ms) | p99 (ms) | max (ms) | Deliveries/s (median) | API CPU per delivery (µs) | RSS before → after (MB) | RSS per connection (KB) | Heap per connection (KB) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results)
    console.log(
      `| ${r.mode === 'one' ? 'one process, in memory' : 'two processes over Redis'} | ${r.subscribers} | ${r.latencies.length} | ${r.missing} | ${median(r.latencies).toFixed(1)} | ${percentile(r.latencies, 0.99).toFixed(1)} | ${r.latencies.reduce((a, b) => Math.max(a, b), 0).toFixed(1)} | ${Math.round(median(r.ratePerPost))} | ${r.cpuPerDelivery.toFixed(1)} | ${mb(r.rssBefore)} → ${mb(r.rssAfter)} | ${kb(r.rssPerConnection)} | ${kb(r.heapPerConnection)} |`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
