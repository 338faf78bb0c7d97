import { CsrGraph } from './model';
import { SeededRandom, sampleRange } from './random';

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
export function betweenness(
  g: CsrGraph,
  options: { samples?: number; seed?: number } = {},
): Float64Array {
  const n = g.nodeCount;
  const { offsets, targets } = g;
  const centrality = new Float64Array(n);
  const sampled = options.samples !== undefined && options.samples < n;
  const k = sampled ? Math.max(0, Math.floor(options.samples!)) : n;
  const sources = sampled ? sampleRange(n, k, new SeededRandom(options.seed ?? 1)) : null;

  // Per node, side by side so one cache line serves a visit: distance from the source (-1 unseen),
  // number of shortest paths, and dependency. Big graphs are memory-bound, not arithmetic-bound.
  const state = new Float64Array(3 * n);
  for (let v = 0; v < n; v++) state[3 * v] = -1;
  const order = new Int32Array(n);
  for (let i = 0; i < k; i++) {
    const s = sources ? sources[i]! : i;
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
  if (n <= 2 || k === 0) return centrality;
  // Each unordered pair was counted from both ends (½), then divided by the (n-1)(n-2)/2 pairs that
  // exclude the node, and scaled up by n/k when only k sources were used.
  const scale = 0.5 * (2 / ((n - 1) * (n - 2))) * (n / k);
  for (let v = 0; v < n; v++) centrality[v]! *= scale;
  return centrality;
}
