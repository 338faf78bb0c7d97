/**
 * Social-graph engine benchmark: the town's tie graph (people, groups and spaces as nodes, every tie
 * an undirected edge weighted by its strength) at sizes S, M and L, and per metric the time the
 * engine takes in this process against igraph and NetworkX on the same edge list, in the same run
 * (tools/bench/graph-metrics/peers.py, under Debian's /usr/bin/python3). Prints a Markdown table.
 *
 *   node graph-metrics.js [--sizes S,M,L] [--runs 3] [--samples 256] [--exact S]
 *       [--networkx-exact S] [--networkx-sampled S,M] [--python /usr/bin/python3]
 *
 * Every metric runs --runs times in each library and the median counts; a metric whose first run
 * takes over 20 s runs once (the table says how many runs each figure has). Before the timed runs,
 * every library runs each metric untimed up to 10 times while those runs add up to under 1 s (a
 * warm-up: V8 optimises a function only after a few calls; a slow metric gets none). Exact
 * betweenness runs only at the --exact sizes (NetworkX only at --networkx-exact), and NetworkX's
 * sampled betweenness only at --networkx-sampled (it takes over 6 minutes at M). igraph 0.10 has no
 * sampled betweenness, so that row compares the engine with NetworkX only.
 */
import {
  betweenness,
  components,
  CsrGraph,
  degrees,
  louvain,
  pagerank,
} from '@village/social-graph';
import { generateTown, TownSize } from '@village/town';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildEngineGraph, EdgeList, writeEdgeCsv } from '../reference/random-graphs';
import { median } from './stats';

type Metric =
  'degree' | 'components' | 'pagerank' | 'louvain' | 'betweenness-sampled' | 'betweenness-exact';

interface Timing {
  seconds: number[];
  modularity?: number;
  communities?: number;
  unavailable?: string;
}

interface Options {
  sizes: TownSize[];
  runs: number;
  samples: number;
  exact: TownSize[];
  networkxExact: TownSize[];
  networkxSampled: TownSize[];
  python: string;
}

function parseSizes(value: string | undefined): TownSize[] {
  const sizes = (value ?? '').split(',').filter(Boolean);
  for (const size of sizes)
    if (size !== 'S' && size !== 'M' && size !== 'L') throw new Error(`Unknown size ${size}.`);
  return sizes as TownSize[];
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = {
    sizes: ['S', 'M', 'L'],
    runs: 3,
    samples: 256,
    exact: ['S'],
    networkxExact: ['S'],
    networkxSampled: ['S', 'M'],
    python: '/usr/bin/python3',
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[++i];
    if (flag === '--sizes') options.sizes = parseSizes(value);
    else if (flag === '--runs') options.runs = Number(value);
    else if (flag === '--samples') options.samples = Number(value);
    else if (flag === '--exact') options.exact = parseSizes(value);
    else if (flag === '--networkx-exact') options.networkxExact = parseSizes(value);
    else if (flag === '--networkx-sampled') options.networkxSampled = parseSizes(value);
    else if (flag === '--python' && value) options.python = value;
    else throw new Error(`Unknown option ${flag}.`);
  }
  return options;
}

/** The town's ties as an edge list: people, then groups, then spaces, each tie once. */
function townEdges(size: TownSize): EdgeList {
  const town = generateTown(size, 1);
  const index = new Map<string, number>();
  for (const person of town.people) index.set(person.id, index.size);
  for (const group of town.groups) index.set(group.id, index.size);
  for (const space of town.spaces) index.set(space.id, index.size);
  const from = new Int32Array(town.ties.length);
  const to = new Int32Array(town.ties.length);
  const weight = new Float32Array(town.ties.length);
  town.ties.forEach((tie, e) => {
    from[e] = index.get((tie.fromPersonId ?? tie.fromGroupId)!)!;
    to[e] = index.get((tie.toPersonId ?? tie.toGroupId ?? tie.toSpaceId)!)!;
    weight[e] = tie.strength;
  });
  return { nodeCount: index.size, from, to, weight };
}

/** A metric whose first run takes longer than this runs once (in every library). */
const ONCE_AFTER_SECONDS = 20;
/** Untimed warm-up runs: up to this many, while together they take under `WARM_UP_SECONDS`. */
const WARM_UP_RUNS = 10;
const WARM_UP_SECONDS = 1;

function timeEngine(graph: CsrGraph, metric: Metric, options: Options): Timing {
  const compute: Record<Metric, () => unknown> = {
    degree: () => degrees(graph),
    components: () => components(graph),
    pagerank: () => pagerank(graph, { alpha: 0.85 }),
    louvain: () => louvain(graph, { seed: 1 }),
    'betweenness-sampled': () => betweenness(graph, { samples: options.samples, seed: 1 }),
    'betweenness-exact': () => betweenness(graph),
  };
  const timing: Timing = { seconds: [] };
  let warmUp = { runs: 0, seconds: 0 };
  while (timing.seconds.length < options.runs) {
    const started = performance.now();
    const value = compute[metric]();
    const seconds = (performance.now() - started) / 1000;
    // V8 optimises a function only after a few calls: short metrics warm up untimed (peers alike).
    if (warmUp.runs < WARM_UP_RUNS && warmUp.seconds + seconds < WARM_UP_SECONDS) {
      warmUp = { runs: warmUp.runs + 1, seconds: warmUp.seconds + seconds };
      continue;
    }
    timing.seconds.push(seconds);
    if (metric === 'louvain') {
      const found = value as ReturnType<typeof louvain>;
      timing.modularity = found.modularity;
      timing.communities = found.count;
    }
    if (timing.seconds[0]! > ONCE_AFTER_SECONDS) break;
  }
  return timing;
}

function timePeer(
  library: 'igraph' | 'networkx',
  edges: string,
  nodes: number,
  metrics: Metric[],
  options: Options,
): Partial<Record<Metric, Timing>> & { version: string } {
  if (metrics.length === 0) return { version: '' };
  // Run from the workspace root (as Nx does): the compiled bench lives in dist/, the script does not.
  const script = resolve('tools/bench/graph-metrics/peers.py');
  if (!existsSync(script)) throw new Error(`${script} not found: run from the workspace root.`);
  const args = [script, library, edges, '--nodes', String(nodes), '--metrics', metrics.join(',')];
  args.push('--runs', String(options.runs), '--samples', String(options.samples));
  args.push('--once-after', String(ONCE_AFTER_SECONDS));
  args.push('--warm-up-runs', String(WARM_UP_RUNS), '--warm-up-seconds', String(WARM_UP_SECONDS));
  const result = spawnSync(options.python, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`peers.py ${library} exited ${result.status}`);
  return JSON.parse(result.stdout) as Partial<Record<Metric, Timing>> & { version: string };
}

/** Milliseconds to three significant figures (whole milliseconds from 1 s up). */
const format = (seconds: number) => {
  const ms = seconds * 1000;
  return ms >= 1000 ? Math.round(ms).toLocaleString('en-GB') : ms.toPrecision(3);
};

function cell(timing: Timing | undefined): string {
  if (!timing || timing.unavailable || timing.seconds.length === 0) return '—';
  const runs = timing.seconds.length;
  const spread =
    runs > 1
      ? ` (${format(Math.min(...timing.seconds))}–${format(Math.max(...timing.seconds))})`
      : '';
  return `${format(median(timing.seconds))}${spread} ×${runs}`;
}

function ratio(top: Timing | undefined, bottom: Timing | undefined): string {
  if (!top?.seconds.length || !bottom?.seconds.length) return '—';
  return (median(top.seconds) / median(bottom.seconds)).toFixed(2);
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const directory = mkdtempSync(join(tmpdir(), 'village-graph-metrics-'));
  const rows: string[] = [];
  const versions = new Map<string, string>();
  const loadBefore = loadavg()[0]!;
  try {
    for (const size of options.sizes) {
      const list = townEdges(size);
      const edges = join(directory, `town-${size}.csv`);
      writeEdgeCsv(list, edges);
      const started = performance.now();
      const graph = buildEngineGraph(list);
      const buildSeconds = (performance.now() - started) / 1000;
      console.error(
        `${size}: ${graph.nodeCount} nodes, ${graph.edgeCount} edges (built in ${format(buildSeconds)} ms)`,
      );

      const metrics: Metric[] = ['degree', 'components', 'pagerank', 'louvain'];
      metrics.push('betweenness-sampled');
      if (options.exact.includes(size)) metrics.push('betweenness-exact');
      const engine = new Map<Metric, Timing>();
      for (const metric of metrics) {
        engine.set(metric, timeEngine(graph, metric, options));
        const timing = engine.get(metric)!;
        const q = timing.modularity === undefined ? '' : ` modularity ${timing.modularity}`;
        console.error(`engine ${metric}: ${timing.seconds.map(format).join(', ')} ms${q}`);
      }
      const igraph = timePeer(
        'igraph',
        edges,
        graph.nodeCount,
        metrics.filter((metric) => metric !== 'betweenness-sampled'),
        options,
      );
      const networkx = timePeer(
        'networkx',
        edges,
        graph.nodeCount,
        metrics.filter(
          (metric) =>
            (metric !== 'betweenness-exact' || options.networkxExact.includes(size)) &&
            (metric !== 'betweenness-sampled' || options.networkxSampled.includes(size)),
        ),
        options,
      );
      versions.set('igraph', igraph.version);
      if (networkx.version) versions.set('NetworkX', networkx.version);

      for (const metric of metrics) {
        const ours = engine.get(metric);
        const name = metric === 'betweenness-sampled' ? `betweenness k=${options.samples}` : metric;
        const q = (timing: Timing | undefined) => timing?.modularity?.toFixed(4) ?? '—';
        const modularity =
          metric === 'louvain' ? `${q(ours)} / ${q(igraph.louvain)} / ${q(networkx.louvain)}` : '';
        rows.push(
          `| ${size} | ${graph.nodeCount} | ${graph.edgeCount} | ${name} | ${cell(ours)} | ${cell(igraph[metric])} | ${cell(networkx[metric])} | ${ratio(ours, igraph[metric])} | ${ratio(networkx[metric], ours)} | ${modularity} |`,
        );
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  console.log(
    `Node ${process.versions.node}, ${[...versions].map(([name, version]) => `${name} ${version}`).join(', ')}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after.\n`,
  );
  console.log(
    '| size | nodes | edges | metric | engine ms (min–max) ×runs | igraph ms | NetworkX ms | engine/igraph | NetworkX/engine | modularity engine / igraph / NetworkX |',
  );
  console.log(
    '| ---- | ----: | ----: | ------ | ------------------------: | --------: | ----------: | ------------: | --------------: | ------------------------------------- |',
  );
  for (const row of rows) console.log(row);
}

main();
