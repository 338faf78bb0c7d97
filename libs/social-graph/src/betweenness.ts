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

  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < k; i++) {
    const s = sources ? sources[i]! : i;
    // Breadth-first search from s, counting shortest paths.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    distance[s] = 0;
    paths[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const pv = paths[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) paths[w]! += pv;
      }
    }
    // Accumulate dependencies farthest first; a node's predecessors are its neighbours one step closer.
    for (let j = tail - 1; j > 0; j--) {
      const w = order[j]!;
      const previous = distance[w]! - 1;
      const share = (1 + dependency[w]!) / paths[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = targets[e]!;
        if (distance[v] === previous) dependency[v]! += paths[v]! * share;
      }
      centrality[w]! += dependency[w]!;
    }
    for (let j = 0; j < tail; j++) {
      const v = order[j]!;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
  if (n <= 2 || k === 0) return centrality;
  // Each unordered pair was counted from both ends (½), then divided by the (n-1)(n-2)/2 pairs that
  // exclude the node, and scaled up by n/k when only k sources were used.
  const scale = 0.5 * (2 / ((n - 1) * (n - 2))) * (n / k);
  for (let v = 0; v < n; v++) centrality[v]! *= scale;
  return centrality;
}
