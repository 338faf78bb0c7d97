import { Worker } from 'node:worker_threads';
import { CsrGraph } from './model';
import { SeededRandom, sampleRange } from './random';

export interface BetweennessOptions {
  /** Sources to sample; omitted or ≥ n means every node (exact). */
  samples?: number;
  /** Seed of the sample; default 1. */
  seed?: number;
}

/**
 * Betweenness centrality over unweighted shortest paths (Brandes 2001), normalised as
 * `networkx.betweenness_centrality(G, k, normalized=True, weight=None)` (NetworkX 2.8/3.x before
 * 3.5's rescaling change): the share of shortest paths between pairs of other nodes that run through
 * each node, 1 for the centre of a star.
 *
 * With `samples` omitted or ≥ n every node is a source (exact). Otherwise `samples` distinct sources
 * are drawn with the seeded random stream and the sums scaled by n/k, which keeps the estimate
 * unbiased. Memory is O(n) beyond the graph: the breadth-first order doubles as the stack, and
 * predecessors are found again from the distances instead of being stored.
 */
export function betweenness(g: CsrGraph, options: BetweennessOptions = {}): Float64Array {
  const sources = sourcesOf(g.nodeCount, options);
  const centrality = new Float64Array(g.nodeCount);
  accumulateDependencies(g.offsets, g.targets, sources, centrality);
  return normalise(centrality, sources.length);
}

/**
 * The same values as `betweenness`, with the sources shared out between this thread and
 * `threads − 1` worker threads (each search from a source is independent of the others). Sums are
 * added in a different order, so values may differ from `betweenness` in the last bits.
 */
export async function betweennessOnThreads(
  g: CsrGraph,
  options: BetweennessOptions & { threads: number },
): Promise<Float64Array> {
  const sources = sourcesOf(g.nodeCount, options);
  const threads = Math.max(1, Math.min(Math.floor(options.threads), sources.length));
  // Every `threads`-th source to each thread, so slow and fast sources are spread evenly.
  const shareOf = (thread: number) => sources.filter((_, i) => i % threads === thread);
  const workers = Array.from({ length: threads - 1 }, (_, i) => partOnWorker(g, shareOf(i + 1)));
  const centrality = new Float64Array(g.nodeCount);
  try {
    accumulateDependencies(g.offsets, g.targets, shareOf(0), centrality);
    for (const part of await Promise.all(workers))
      for (let v = 0; v < g.nodeCount; v++) centrality[v]! += part[v]!;
  } finally {
    // A failed part leaves the others to finish on their own; none holds anything to release.
    await Promise.allSettled(workers);
  }
  return normalise(centrality, sources.length);
}

function sourcesOf(n: number, options: BetweennessOptions): Int32Array {
  const sampled = options.samples !== undefined && options.samples < n;
  if (!sampled) return Int32Array.from({ length: n }, (_, i) => i);
  const k = Math.max(0, Math.floor(options.samples!));
  return sampleRange(n, k, new SeededRandom(options.seed ?? 1));
}

/** Scales the summed dependencies of `k` sources to NetworkX's normalised betweenness. */
function normalise(centrality: Float64Array, k: number): Float64Array {
  const n = centrality.length;
  if (n <= 2 || k === 0) return centrality;
  // Each unordered pair was counted from both ends (½), then divided by the (n-1)(n-2)/2 pairs that
  // exclude the node, and scaled up by n/k when only k sources were used.
  const scale = 0.5 * (2 / ((n - 1) * (n - 2))) * (n / k);
  for (let v = 0; v < n; v++) centrality[v]! *= scale;
  return centrality;
}

/**
 * Adds each node's dependency from every source in `sources` to `centrality` (Brandes'
 * accumulation, not yet normalised). Its text is also the whole program of a worker thread (see
 * `partOnWorker`), so it must use nothing from outside its own body.
 */
function accumulateDependencies(
  offsets: Int32Array,
  targets: Int32Array,
  sources: Int32Array,
  centrality: Float64Array,
): void {
  const n = offsets.length - 1;
  // Per node, side by side so one cache line serves a visit: distance from the source (-1 unseen),
  // number of shortest paths, and dependency. Big graphs are memory-bound, not arithmetic-bound.
  const state = new Float64Array(3 * n);
  for (let v = 0; v < n; v++) state[3 * v] = -1;
  const order = new Int32Array(n);
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    // Breadth-first search from s, counting shortest paths.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    state[3 * s] = 0;
    state[3 * s + 1] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = state[3 * v]! + 1;
      const pv = state[3 * v + 1]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w3 = 3 * targets[e]!;
        const dw = state[w3]!;
        if (dw === -1) {
          state[w3] = next;
          state[w3 + 1] = pv;
          order[tail++] = targets[e]!;
        } else if (dw === next) state[w3 + 1]! += pv;
      }
    }
    // Accumulate dependencies farthest first; a node's predecessors are its neighbours one step closer.
    for (let j = tail - 1; j > 0; j--) {
      const w = order[j]!;
      const previous = state[3 * w]! - 1;
      const dependency = state[3 * w + 2]!;
      const share = (1 + dependency) / state[3 * w + 1]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v3 = 3 * targets[e]!;
        if (state[v3] === previous) state[v3 + 2]! += state[v3 + 1]! * share;
      }
      centrality[w]! += dependency;
    }
    for (let j = 0; j < tail; j++) {
      const v3 = 3 * order[j]!;
      state[v3] = -1;
      state[v3 + 1] = 0;
      state[v3 + 2] = 0;
    }
  }
}

/**
 * A worker thread's program: `accumulateDependencies` by its own text, so the worker needs no file
 * of its own and runs the same under the compiled build and under the tests' TypeScript transform.
 */
const WORKER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const accumulateDependencies = ${accumulateDependencies.toString()};
const { offsets, targets, sources } = workerData;
const centrality = new Float64Array(offsets.length - 1);
accumulateDependencies(offsets, targets, sources, centrality);
parentPort.postMessage(centrality, [centrality.buffer]);
`;

/** The summed dependencies of `sources`, worked out on a new worker thread. */
function partOnWorker(g: CsrGraph, sources: Int32Array): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    // The graph is copied to the worker: a few megabytes for a town of 100,000, done once.
    const worker = new Worker(WORKER_PROGRAM, {
      eval: true,
      workerData: { offsets: g.offsets, targets: g.targets, sources },
    });
    worker.once('message', (part: Float64Array) => resolve(part));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`betweenness worker exited with code ${code} before answering`)),
    );
  });
}
