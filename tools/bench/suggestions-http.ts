/**
 * "Suggested for you" over HTTP: the web's own `SuggestedSessions` operation (first 3, as the home
 * page asks) sent by signed-in parents of the town to the Village API as it runs in production, on
 * the L town with a complete social-graph snapshot. One client sends one request at a time, cycling
 * over the parents; prints the median and p95 latency per round.
 *
 *   node suggestions-http.js [--size L] [--parents 200] [--requests 1000] [--rounds 3]
 *
 * The parents are town people with an area cell, chosen evenly by id; each gets an account (signed
 * up through the API, then pointed at the town person, as a returning member would be) so that her
 * ties and the snapshot's measures are the town's. Needs the API built (`nx run api:build`).
 */
import 'reflect-metadata';
import { isTownSize, loadTown, TownSize } from '@village/town';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Client, Pool } from 'pg';
import { claimSnapshot, runAnalysis } from '../../apps/api/src/analytics/analysis-run';
import { GraphAnalysisTrigger } from '../../apps/api/src/analytics/graph-snapshot.entity';
import { migrate, withScratchDatabase } from './scratch-database';
import { median, percentile } from './stats';

// Compiled to dist/bench/tools/bench/.
const ROOT = join(__dirname, '..', '..', '..', '..');

/** One of the web's documents exactly as the trusted-documents manifest holds it. */
function webDocument(start: string): string {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'apps/web/src/gql/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const document = Object.values(manifest).find((text) => text.includes(start));
  if (!document) throw new Error(`No ${start} in the web’s manifest.`);
  return document;
}

function post(
  agent: Agent,
  url: string,
  body: string,
  cookie?: string,
): Promise<{ json: { data?: unknown; errors?: unknown }; cookie: string | null }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL('/graphql', url),
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200)
            return reject(new Error(`${response.statusCode}: ${text.slice(0, 300)}`));
          const set = response.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
          resolve({ json: JSON.parse(text) as { data?: unknown }, cookie: set });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function startVillage(databaseUrl: string) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/api/apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'warn',
      GRAPH_ANALYSIS_WORKER: 'off',
      RATE_LIMIT_PER_MINUTE_IP: '0',
      RATE_LIMIT_PER_MINUTE_USER: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Village is running at (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`API exited (${code}) before it was ready`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
  };
  const size = option('--size', 'L').toUpperCase();
  if (!isTownSize(size)) throw new Error(`Unknown size ${size}.`);
  const parents = Number(option('--parents', '200'));
  const requests = Number(option('--requests', '1000'));
  const rounds = Number(option('--rounds', '3'));
  const suggestedSessions = webDocument('query SuggestedSessions(');
  const signUp = webDocument('mutation SignUp(');

  await withScratchDatabase(false, async (databaseUrl, server) => {
    await migrate(databaseUrl);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await loadTown(client, { size: size as TownSize, seed: 1 });
    const pool = new Pool({ connectionString: databaseUrl, max: 2 });
    const snapshot = await claimSnapshot(pool, randomUUID(), {
      trigger: GraphAnalysisTrigger.COMMAND_LINE,
    });
    await runAnalysis(pool, snapshot!, { keepSnapshots: 1, seed: 1 });
    await pool.end();

    const api = await startVillage(databaseUrl);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const { rows: people } = await client.query<{ id: string }>(
        `SELECT id FROM person WHERE area_cell IS NOT NULL ORDER BY id`,
      );
      const step = Math.max(1, Math.floor(people.length / parents));
      const cookies: string[] = [];
      for (let i = 0; i < parents; i++) {
        const email = `suggest-${i}-${Date.now()}@bench.test`;
        const signedUp = await post(
          agent,
          api.url,
          JSON.stringify({
            query: signUp,
            operationName: 'SignUp',
            variables: {
              input: { email, password: 'a long enough password', profile: { displayName: 'P' } },
            },
          }),
        );
        await client.query(`UPDATE account SET person_id = $1 WHERE email = $2`, [
          people[i * step]!.id,
          email,
        ]);
        cookies.push(signedUp.cookie!);
      }
      const body = JSON.stringify({
        query: suggestedSessions,
        operationName: 'SuggestedSessions',
        variables: { first: 3 },
      });
      // Warm-up: every parent once, and a check that the answers are real suggestions.
      let suggested = 0;
      for (const cookie of cookies) {
        const { json } = await post(agent, api.url, body, cookie);
        if (json.errors) throw new Error(JSON.stringify(json.errors));
        suggested += (json.data as { suggestedSessions: { items: unknown[] } }).suggestedSessions
          .items.length;
      }
      console.log(
        `${size} town on ${server}; ${parents} parents, ${(suggested / parents).toFixed(2)} suggestions each on average; load average ${loadavg()
          .map((n) => n.toFixed(1))
          .join(' ')}`,
      );
      console.log('| round | requests | median ms | p95 ms |');
      console.log('| --: | --: | --: | --: |');
      for (let round = 1; round <= rounds; round++) {
        const times: number[] = [];
        for (let i = 0; i < requests; i++) {
          const started = performance.now();
          await post(agent, api.url, body, cookies[i % cookies.length]);
          times.push(performance.now() - started);
        }
        console.log(
          `| ${round} | ${requests} | ${median(times).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} |`,
        );
      }
    } finally {
      agent.destroy();
      api.stop();
      await client.end();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
