/**
 * Nearby sessions over HTTP: the web's own `SessionSearch` operation (an 8-month-old, within 2 km,
 * the first 20, nearest first) from origins spread over the L town, sent to three servers on the
 * same database in the same run:
 *   floor    the same SQL over `pg` behind a bare `node:http` endpoint (session-search/floor-server)
 *   stock    the same resolvers on NestJS + Express + Apollo as documented (session-search/stock-server)
 *   village  the Village API as it runs in production (NODE_ENV=production, rate limits raised)
 * in two workloads: `repeated`, 300 origins asked again and again (a popular place and filters),
 * and `fresh`, where no question is ever asked twice (what a cache cannot help with). For each:
 * median and p95 latency for one client sending one request at a time, and requests per second
 * with 32 concurrent clients (autocannon). Rounds alternate the servers so drift in the machine's
 * load falls on all of them alike. Prints a Markdown table.
 *
 *   node session-search-http.js [--database-url URL] [--rounds 3] [--requests 500] [--seconds 10]
 *
 * Without --database-url a scratch database with the L town is made (DATABASE_URL's server, or an
 * embedded one) and dropped afterwards. Needs the API built (`nx run api:build`).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { loadTown } from '@village/town';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { migrate, withScratchDatabase } from './scratch-database';
import { median, percentile } from './stats';
import { origins, originSeries } from './town-origins';

// Compiled to dist/bench/tools/bench/.
const ROOT = join(__dirname, '..', '..', '..', '..');
const POOL_SIZE = 10;
const CONCURRENCY = 32;
const ORIGINS = 300;

interface Options {
  databaseUrl: string | null;
  rounds: number;
  requests: number;
  seconds: number;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { databaseUrl: null, rounds: 3, requests: 500, seconds: 10 };
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--database-url' && value) options.databaseUrl = value;
    else if (flag === '--rounds' && Number(value) > 0) options.rounds = Number(value);
    else if (flag === '--requests' && Number(value) > 0) options.requests = Number(value);
    else if (flag === '--seconds' && Number(value) > 0) options.seconds = Number(value);
    else
      throw new Error(
        'usage: session-search-http [--database-url URL] [--rounds N] [--requests N] [--seconds N]',
      );
    i++;
  }
  return options;
}

/** The web's SessionSearch document exactly as the trusted-documents manifest holds it. */
function sessionSearchDocument(): string {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'apps/web/src/gql/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const document = Object.values(manifest).find((text) => text.includes('query SessionSearch('));
  if (!document) throw new Error('No SessionSearch operation in the web’s manifest.');
  return document;
}

type Workload = 'repeated' | 'fresh';
const WORKLOADS: Workload[] = ['repeated', 'fresh'];

/** What the discover page sends for a parent of an 8-month-old standing at `point`. */
function requestBody(query: string, [latitude, longitude]: [number, number]): string {
  return JSON.stringify({
    operationName: 'SessionSearch',
    query,
    variables: {
      point: { latitude, longitude },
      withinMetres: 2000,
      childAgeMonths: 8,
      weekdays: [],
      languages: [],
      freeOnly: false,
      accessibility: [],
      groupKinds: [],
      sort: 'DISTANCE',
      first: 20,
    },
  });
}

/** The next request body of a workload; `fresh` never repeats an origin within a run. */
function bodies(workload: Workload, seed: number): () => string {
  const query = sessionSearchDocument();
  if (workload === 'repeated') {
    const repeated = origins(ORIGINS).map((point) => requestBody(query, point));
    let next = 0;
    return () => repeated[next++ % repeated.length]!;
  }
  const series = originSeries(seed);
  return () => requestBody(query, series.next().value);
}

interface Server {
  name: string;
  url: string;
  process: ChildProcess;
}

/** Starts a server process and waits for the line that gives its address. */
function startServer(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<Server> {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = ready.exec(line);
      if (match) resolve({ name, url: match[1]!, process: child });
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
  });
}

function startServers(databaseUrl: string): Promise<Server[]> {
  const common = { DATABASE_URL: databaseUrl, POOL_SIZE: String(POOL_SIZE) };
  const bench = join(ROOT, 'dist/bench/tools/bench/session-search');
  return Promise.all([
    startServer('floor', join(bench, 'floor-server.js'), common, /^listening (\S+)/),
    startServer('stock', join(bench, 'stock-server.js'), common, /^listening (\S+)/),
    startServer(
      'village',
      join(ROOT, 'dist/api/apps/api/src/main.js'),
      {
        DATABASE_URL: databaseUrl,
        NODE_ENV: 'production',
        PORT: '0',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE_IP: '1000000',
        RATE_LIMIT_PER_MINUTE_USER: '1000000',
      },
      /Village is running at (\S+)/,
    ),
  ]);
}

/** POSTs one body and resolves with the parsed response and whether the cache answered. */
function post(agent: Agent, url: string, body: string): Promise<{ json: unknown; hit: boolean }> {
  return new Promise((resolve, reject) => {
    const target = new URL('/graphql', url);
    const outgoing = request(
      target,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200)
            return reject(new Error(`${response.statusCode}: ${text.slice(0, 300)}`));
          resolve({ json: JSON.parse(text), hit: response.headers['x-village-cache'] === 'hit' });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Latency of one client (each request waits for the previous answer), and its cache hits. */
async function oneClient(
  server: Server,
  next: () => string,
  requests: number,
): Promise<{ times: number[]; hits: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  // Warm up with as many requests as there are repeated questions, so a cache has seen them all.
  for (let i = 0; i < ORIGINS; i++) await post(agent, server.url, next());
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const { hit } = await post(agent, server.url, next());
    times.push(performance.now() - started);
    if (hit) hits++;
  }
  agent.destroy();
  return { times, hits };
}

/** Requests per second with `CONCURRENCY` clients, each sending the next body as soon as it can. */
async function throughput(server: Server, next: () => string, seconds: number): Promise<number> {
  const result = await autocannon({
    url: new URL('/graphql', server.url).toString(),
    connections: CONCURRENCY,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: next() }),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${server.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

/** Every server must answer the question, and village must answer exactly as stock does. */
async function checkAnswers(servers: Server[], body: string): Promise<number> {
  const agent = new Agent({ keepAlive: true });
  const answers = await Promise.all(servers.map((server) => post(agent, server.url, body)));
  agent.destroy();
  const [floor, stock, village] = answers.map(({ json }) => json) as [
    { data?: { sessions: unknown[] } },
    { data?: { sessionSearch: { edges: unknown[] } } },
    { data?: { sessionSearch: { edges: unknown[] } } },
  ];
  if (!floor.data || !stock.data || !village.data)
    throw new Error(`A server did not answer: ${JSON.stringify(answers).slice(0, 500)}`);
  if (JSON.stringify(stock.data) !== JSON.stringify(village.data))
    throw new Error('Stock and village answered the same question differently.');
  return village.data.sessionSearch.edges.length;
}

interface Measures {
  latencies: number[];
  hits: number;
  rates: number[];
}

async function measure(databaseUrl: string, options: Options): Promise<void> {
  const servers = await startServers(databaseUrl);
  try {
    const results = await checkAnswers(servers, bodies('fresh', 7)());
    const measures = new Map<string, Measures>();
    for (let round = 1; round <= options.rounds; round++) {
      for (const workload of WORKLOADS) {
        for (const server of servers) {
          // Every server gets the same questions: the same seed for the same round and workload.
          const next = bodies(workload, round * 1000);
          const key = `${server.name}|${workload}`;
          const measured = measures.get(key) ?? { latencies: [], hits: 0, rates: [] };
          const { times, hits } = await oneClient(server, next, options.requests);
          measured.latencies.push(...times);
          measured.hits += hits;
          measured.rates.push(await throughput(server, next, options.seconds));
          measures.set(key, measured);
          console.error(`round ${round}: ${server.name}, ${workload} questions done`);
        }
      }
    }
    report(measures, options, results);
  } finally {
    for (const server of servers) server.process.kill('SIGTERM');
  }
}

function report(measures: Map<string, Measures>, options: Options, results: number): void {
  const rate = (key: string) => median(measures.get(key)!.rates);
  console.log(
    `${cpus().length} cores; ${options.rounds} rounds; one client: ${options.requests} requests a round; ` +
      `${CONCURRENCY} clients: ${options.seconds} s a round; ${results} results in the first answer.\n`,
  );
  console.log(
    '| Server | Questions | One client median (ms) | One client p95 (ms) | Cache hits (one client) | 32 clients (requests/s) | × stock | × floor |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const workload of WORKLOADS) {
    for (const name of ['floor', 'stock', 'village']) {
      const key = `${name}|${workload}`;
      const { latencies, hits } = measures.get(key)!;
      const cells = [
        name,
        workload,
        median(latencies).toFixed(2),
        percentile(latencies, 0.95).toFixed(2),
        `${Math.round((100 * hits) / latencies.length)}%`,
        Math.round(rate(key)),
        (rate(key) / rate(`stock|${workload}`)).toFixed(2),
        (rate(key) / rate(`floor|${workload}`)).toFixed(2),
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.databaseUrl) return measure(options.databaseUrl, options);
  await withScratchDatabase(false, async (url) => {
    await migrate(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await loadTown(client, { size: 'L', seed: 1 });
    } finally {
      await client.end();
    }
    await measure(url, options);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
