/**
 * graphology against the engine's typed arrays (ADR 6): memory and load time for a large weighted
 * undirected graph, and Louvain's time and modularity on a smaller one. Every measurement runs in a
 * child process of its own (`node --expose-gc`), so one structure's garbage never counts against the
 * other; the parent prints medians of the runs as Markdown.
 *
 *   node graph-memory.js [--runs 3] [--nodes 1000000] [--edges 5000000]
 *       [--louvain-nodes 100000] [--louvain-edges 1000000]
 *
 * The graph is a seeded planted partition (tools/reference/random-graphs.ts). Node keys are strings
 * made before the baseline, as rows read from PostgreSQL would be, so both structures hold the same
 * key strings and only what each adds is measured. Memory is read after two full collections:
 * RSS, V8's used heap, and heap plus ArrayBuffers (typed arrays live outside the heap).
 */
import { CsrGraph, GraphBuilder, louvain, modularity } from '@village/social-graph';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { UndirectedGraph } from 'graphology';
import graphologyLouvain from 'graphology-communities-louvain';
import graphologyModularity from 'graphology-metrics/graph/modularity';
import { EdgeList, plantedPartition, SeededRandom } from '../reference/random-graphs';
import { median } from './stats';

type Variant = 'graphology' | 'engine';
type Task = 'load' | 'louvain';

interface Sample {
  rss: number;
  heap: number;
  heapAndBuffers: number;
}

interface ChildResult {
  variant: Variant;
  task: Task;
  nodes: number;
  edges: number;
  loadSeconds: number;
  /** Memory the structure holds: after loading less the baseline (the edge list and keys). */
  added: Sample;
  louvainSeconds?: number;
  modularity?: number;
  /** graphology-metrics' modularity of the same partition, as a cross-check (graphology only). */
  graphologyModularity?: number;
  communities?: number;
}

const MB = 1024 * 1024;

function sample(): Sample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run the child with node --expose-gc.');
  gc();
  gc();
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heap: usage.heapUsed,
    heapAndBuffers: usage.heapUsed + usage.arrayBuffers,
  };
}

function edgeList(nodes: number, edges: number): EdgeList {
  return plantedPartition({
    nodes,
    edges,
    blocks: Math.max(1, Math.round(nodes / 200)),
    inside: 0.7,
    seed: 42,
  });
}

function loadGraphology(list: EdgeList, keys: string[]): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const key of keys) graph.addNode(key);
  for (let e = 0; e < list.from.length; e++) {
    const from = keys[list.from[e]!]!;
    const to = keys[list.to[e]!]!;
    const weight = list.weight[e]!;
    // Parallel edges merge with their weights summed, as the engine's builder does.
    if (graph.hasEdge(from, to))
      graph.updateEdgeAttribute(
        from,
        to,
        'weight',
        (old: number | undefined) => (old ?? 0) + weight,
      );
    else graph.addEdge(from, to, { weight });
  }
  return graph;
}

function loadEngine(list: EdgeList, keys: string[]): { graph: CsrGraph; keys: string[] } {
  const builder = new GraphBuilder(list.from.length);
  for (const key of keys) builder.node(key);
  for (let e = 0; e < list.from.length; e++)
    builder.addEdge(keys[list.from[e]!]!, keys[list.to[e]!]!, list.weight[e]!);
  return builder.build();
}

function child(variant: Variant, task: Task, nodes: number, edges: number): ChildResult {
  const list = edgeList(nodes, edges);
  const keys = Array.from({ length: nodes }, (_, i) => `person-${i.toString(36).padStart(6, '0')}`);
  const before = sample();
  const started = performance.now();
  const loaded = variant === 'graphology' ? loadGraphology(list, keys) : loadEngine(list, keys);
  const loadSeconds = (performance.now() - started) / 1000;
  const after = sample();
  const result: ChildResult = {
    variant,
    task,
    nodes,
    edges: loaded instanceof UndirectedGraph ? loaded.size : loaded.graph.edgeCount,
    loadSeconds,
    added: {
      rss: after.rss - before.rss,
      heap: after.heap - before.heap,
      heapAndBuffers: after.heapAndBuffers - before.heapAndBuffers,
    },
  };
  if (task === 'louvain') {
    const clock = performance.now();
    if (loaded instanceof UndirectedGraph) {
      const random = new SeededRandom(1);
      const found = graphologyLouvain.detailed(loaded, {
        getEdgeWeight: 'weight',
        rng: () => random.next(),
      });
      result.louvainSeconds = (performance.now() - clock) / 1000;
      result.communities = found.count;
      result.graphologyModularity = graphologyModularity(loaded, {
        getNodeCommunity: (node) => found.communities[node]!,
        getEdgeWeight: 'weight',
      });
      // The same modularity function scores both partitions; graphology-metrics' figure is beside it.
      const engineGraph = loadEngine(list, keys).graph;
      result.modularity = modularity(
        engineGraph,
        Int32Array.from(keys, (key) => found.communities[key]!),
      );
    } else {
      const found = louvain(loaded.graph, { seed: 1 });
      result.louvainSeconds = (performance.now() - clock) / 1000;
      result.communities = found.count;
      result.modularity = found.modularity;
    }
  }
  return result;
}

function runChild(variant: Variant, task: Task, nodes: number, edges: number): ChildResult {
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=16384',
      __filename,
      '--child',
      variant,
      task,
      String(nodes),
      String(edges),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`${variant} ${task} child exited ${run.status}`);
  const result = JSON.parse(run.stdout) as ChildResult;
  console.error(JSON.stringify(result));
  return result;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [, variant, task, nodes, edges] = args;
    process.stdout.write(
      JSON.stringify(child(variant as Variant, task as Task, Number(nodes), Number(edges))),
    );
    return;
  }
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(name);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const runs = option('--runs', 3);
  const nodes = option('--nodes', 1_000_000);
  const edges = option('--edges', 5_000_000);
  const louvainNodes = option('--louvain-nodes', 100_000);
  const louvainEdges = option('--louvain-edges', 1_000_000);

  const results: ChildResult[] = [];
  // Alternate the variants so a change in the machine's load hits both alike.
  for (let run = 0; run < runs; run++)
    for (const variant of ['graphology', 'engine'] as const)
      results.push(runChild(variant, 'load', nodes, edges));
  for (let run = 0; run < runs; run++)
    for (const variant of ['graphology', 'engine'] as const)
      results.push(runChild(variant, 'louvain', louvainNodes, louvainEdges));

  const mid = (values: number[]) => median(values);
  const spread = (values: number[], digits: number, scale = 1) =>
    `${(mid(values) / scale).toFixed(digits)} (${(Math.min(...values) / scale).toFixed(digits)}–${(Math.max(...values) / scale).toFixed(digits)})`;
  console.log(`Node ${process.versions.node}, ${runs} runs each, medians (min–max).\n`);
  console.log(
    `| structure | nodes | edges | load s | RSS added MB | heap added MB | heap + ArrayBuffers added MB |`,
  );
  console.log(
    `| --------- | ----: | ----: | -----: | -----------: | ------------: | ---------------------------: |`,
  );
  for (const variant of ['graphology', 'engine'] as const) {
    const mine = results.filter((r) => r.variant === variant && r.task === 'load');
    console.log(
      `| ${variant} | ${nodes} | ${mine[0]!.edges} | ${spread(
        mine.map((r) => r.loadSeconds),
        2,
      )} | ${spread(
        mine.map((r) => r.added.rss),
        0,
        MB,
      )} | ${spread(
        mine.map((r) => r.added.heap),
        0,
        MB,
      )} | ${spread(
        mine.map((r) => r.added.heapAndBuffers),
        0,
        MB,
      )} |`,
    );
  }
  console.log(
    `\n| Louvain | nodes | edges | seconds | modularity | graphology-metrics' modularity | communities |`,
  );
  console.log(`| ------- | ----: | ----: | ------: | ---------: | ---: | ----------: |`);
  for (const variant of ['graphology', 'engine'] as const) {
    const mine = results.filter((r) => r.variant === variant && r.task === 'louvain');
    console.log(
      `| ${variant} | ${louvainNodes} | ${mine[0]!.edges} | ${spread(
        mine.map((r) => r.louvainSeconds!),
        2,
      )} | ${spread(
        mine.map((r) => r.modularity!),
        4,
      )} | ${mine[0]!.graphologyModularity?.toFixed(4) ?? '—'} | ${mid(mine.map((r) => r.communities!))} |`,
    );
  }
}

main();
