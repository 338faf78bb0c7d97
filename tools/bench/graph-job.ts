/**
 * The whole social-graph job, as the analytics worker runs it: read the town from PostgreSQL, run
 * the engine, write the snapshot with COPY. For each size it loads the town into a scratch database,
 * runs the job `--runs` times, each in a fresh Node process (so peak memory is the job's own), and
 * then runs igraph and NetworkX on the same graph, exported from the same tables, for the metrics
 * the job computes. Prints a Markdown table.
 *
 *   node graph-job.js [--sizes M,L] [--runs 3] [--python /usr/bin/python3] [--no-peers]
 *   node graph-job.js --database <url> [--label XL] …   (a town already loaded there, e.g. by
 *                                                        town-load --keep, then VACUUM ANALYZE)
 *   node graph-job.js --child <database-url>      (one run; prints its figures as JSON)
 *
 * XL needs room: NODE_OPTIONS=--max-old-space-size=16000 for the town's generation.
 */
import 'reflect-metadata';
import { analyseTown } from '@village/social-graph';
import { isTownSize, loadTown, TownSize } from '@village/town';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { claimSnapshot, runAnalysis } from '../../apps/api/src/analytics/analysis-run';
import { GraphAnalysisTrigger } from '../../apps/api/src/analytics/graph-snapshot.entity';
import { readCopy } from '../../apps/api/src/analytics/town-reader';
import { migrate, withScratchDatabase } from './scratch-database';
import { median } from './stats';

interface RunFigures {
  readSeconds: number;
  computeSeconds: number;
  writeSeconds: number;
  totalSeconds: number;
  peakRssMiB: number;
  people: number;
  ties: number;
  modularity: number;
  /** Seconds of each phase of the engine, as `analyseTown` reports them. */
  phases: Record<string, number>;
}

/** One run in this process: claim a snapshot and run the analysis, timing its three parts. */
async function child(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 2 });
  const started = performance.now();
  let computeStarted = 0;
  let computeEnded = 0;
  const phases: Record<string, number> = {};
  const snapshotId = await claimSnapshot(pool, randomUUID(), {
    trigger: GraphAnalysisTrigger.COMMAND_LINE,
  });
  const analysis = await runAnalysis(pool, snapshotId!, {
    keepSnapshots: 1,
    seed: 1,
    analyse: async (input) => {
      computeStarted = performance.now();
      const result = await analyseTown({
        ...input,
        onPhase: (name, ms) => (phases[name] = Number((ms / 1000).toFixed(2))),
      });
      computeEnded = performance.now();
      return result;
    },
  });
  const ended = performance.now();
  const { rows } = await pool.query<{ ties: number }>(
    `SELECT tie_count AS ties FROM graph_snapshot WHERE id = $1`,
    [snapshotId],
  );
  await pool.end();
  const figures: RunFigures = {
    readSeconds: (computeStarted - started) / 1000,
    computeSeconds: (computeEnded - computeStarted) / 1000,
    writeSeconds: (ended - computeEnded) / 1000,
    totalSeconds: (ended - started) / 1000,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    people: analysis.people.length,
    ties: rows[0]?.ties ?? 0,
    modularity: analysis.town.modularity,
    phases,
  };
  process.stdout.write(JSON.stringify(figures));
}

/** The tie graph as the job reads it (people and groups, every tie), for igraph and NetworkX. */
async function exportGraph(url: string, path: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const index = new Map<string, number>();
    const of = (key: string) => {
      let found = index.get(key);
      if (found === undefined) index.set(key, (found = index.size));
      return found;
    };
    const out = createWriteStream(path);
    out.write('source,target,weight\n');
    // Streamed: the XL town's ten million ties do not fit in memory as row objects.
    let lines: string[] = [];
    await readCopy(
      client,
      `SELECT coalesce(from_person_id, from_group_id), coalesce(to_person_id, to_group_id, to_space_id),
              strength FROM tie`,
      ([a, b, w]) => lines.push(`${of(a!)},${of(b!)},${w}\n`),
      async () => {
        if (!out.write(lines.join(''))) await once(out, 'drain');
        lines = [];
      },
    );
    out.write(lines.join(''));
    await new Promise<void>((done) => out.end(done));
    return index.size;
  } finally {
    await client.end();
  }
}

interface PeerFigures {
  seconds: number;
  modularity: number | null;
}

/**
 * The job's metrics each library has: degree, components and Louvain in both, and betweenness from
 * 256 sampled sources in NetworkX (igraph 0.10 has no sampled betweenness).
 */
const PEER_METRICS: Record<string, string> = {
  igraph: 'degree,components,louvain',
  networkx: 'degree,components,louvain,betweenness-sampled',
};

/** NetworkX's sampled betweenness takes minutes at M (157 s) and is left out above it. */
const NETWORKX_BETWEENNESS_UP_TO_NODES = 25_000;

/** igraph or NetworkX on the exported graph: the job's metrics, once each, summed. */
function peer(python: string, library: string, edges: string, nodes: number): PeerFigures {
  const metrics =
    library === 'networkx' && nodes > NETWORKX_BETWEENNESS_UP_TO_NODES
      ? PEER_METRICS['igraph']!
      : PEER_METRICS[library]!;
  const result = spawnSync(
    python,
    [
      resolve('tools/bench/graph-metrics/peers.py'),
      library,
      edges,
      '--nodes',
      String(nodes),
      '--metrics',
      metrics,
      '--runs',
      '1',
      '--samples',
      '256',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (result.status !== 0) throw new Error(`peers.py ${library}: ${result.stderr}`);
  const figures = JSON.parse(result.stdout) as Record<
    string,
    { seconds: number[]; modularity?: number }
  >;
  let seconds = 0;
  for (const metric of metrics.split(',')) seconds += figures[metric]?.seconds[0] ?? 0;
  return { seconds, modularity: figures['louvain']?.modularity ?? null };
}

const cell = (values: number[], digits = 1) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

/** NetworkX holds a graph as dicts of dicts: above this many nodes it is left out (memory). */
const NETWORKX_UP_TO_NODES = 200_000;

interface JobOptions {
  runs: number;
  python: string;
  withPeers: boolean;
}

/** Runs the job `runs` times on a loaded, settled database, then the peers; prints a table row. */
function measure(url: string, label: string, options: JobOptions): Promise<void> {
  const results: RunFigures[] = [];
  for (let run = 0; run < options.runs; run++) {
    const result = spawnSync(process.execPath, [__filename, '--child', url], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`job run ${run + 1} exited ${result.status}`);
    results.push(JSON.parse(result.stdout) as RunFigures);
    console.error(`${label} run ${run + 1}: ${result.stdout}`);
  }
  return printRow(url, label, results, options);
}

async function printRow(
  url: string,
  label: string,
  results: RunFigures[],
  options: JobOptions,
): Promise<void> {
  let peers = ['—', '—'];
  if (options.withPeers) {
    const dir = await mkdtemp(join(tmpdir(), 'village-graph-job-'));
    try {
      const edges = join(dir, 'edges.csv');
      const nodes = await exportGraph(url, edges);
      peers = ['igraph', 'networkx'].map((library) => {
        if (library === 'networkx' && nodes > NETWORKX_UP_TO_NODES) return 'not run (memory)';
        const { seconds, modularity } = peer(options.python, library, edges, nodes);
        return `${seconds.toFixed(1)} (${modularity?.toFixed(4) ?? '—'})`;
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const of = (pick: (run: RunFigures) => number) => results.map(pick);
  console.log(
    `| ${label} | ${results[0]!.people} | ${results[0]!.ties} | ${median(of((r) => r.readSeconds)).toFixed(1)} | ${median(of((r) => r.computeSeconds)).toFixed(1)} | ${median(of((r) => r.writeSeconds)).toFixed(1)} | ${cell(of((r) => r.totalSeconds))} | ${median(of((r) => r.peakRssMiB)).toFixed(0)} | ${results[0]!.modularity.toFixed(4)} | ${peers[0]} | ${peers[1]} |`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!);
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
  };
  const sizes = option('--sizes', 'M,L')
    .split(',')
    .map((size) => size.toUpperCase());
  const database = option('--database', '');
  const options: JobOptions = {
    runs: Number(option('--runs', '3')),
    python: option('--python', '/usr/bin/python3'),
    withPeers: !args.includes('--no-peers'),
  };
  for (const size of sizes) if (!isTownSize(size)) throw new Error(`Unknown size ${size}.`);

  console.log(
    `load average at start: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    '| size | people | ties | read s | compute s | write s | job s (min–max) | peak RSS MiB | modularity | igraph s (modularity) | NetworkX s (modularity) |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  if (database) await measure(database, option('--label', 'given'), options);
  else
    for (const size of sizes as TownSize[]) {
      await withScratchDatabase(false, async (url) => {
        await migrate(url);
        const client = new Client({ connectionString: url });
        await client.connect();
        await loadTown(client, { size, seed: 1 });
        // A settled database, as the nightly job finds it: no autovacuum of the fresh tables
        // competing with the runs for the machine's two cores.
        await client.query('VACUUM ANALYZE');
        await client.query('CHECKPOINT');
        await client.end();
        await measure(url, size, options);
      });
    }
  console.log(
    `load average at end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
