import { CsrGraph } from './model';

/**
 * Weighted PageRank, as `networkx.pagerank(G, alpha=0.85, weight='weight')` on the undirected graph
 * (each edge a pair of opposite arcs): power iteration from the uniform vector, a step from v follows
 * an edge with probability weight / v's weighted degree, nodes without edge weight (dangling) spread
 * their rank evenly over all nodes, and iteration stops once the L1 change is below n × tolerance
 * (NetworkX raises after `maxIterations`; this returns the last vector). Ranks sum to 1.
 */
export function pagerank(
  g: CsrGraph,
  options: { alpha?: number; tolerance?: number; maxIterations?: number } = {},
): Float64Array {
  const alpha = options.alpha ?? 0.85;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 100;
  const n = g.nodeCount;
  const { offsets, targets, weights } = g;
  if (n === 0) return new Float64Array(0);
  const outWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) s += weights[e]!;
    outWeight[v] = s;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const w = outWeight[v]!;
      if (w > 0) share[v] = rank[v]! / w;
      else {
        share[v] = 0;
        dangling += rank[v]!;
      }
    }
    const base = (alpha * dangling + (1 - alpha)) / n;
    let change = 0;
    // Undirected: the rank arriving at v along its edges is what each neighbour sends along the same edge.
    for (let v = 0; v < n; v++) {
      let incoming = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++)
        incoming += share[targets[e]!]! * weights[e]!;
      const value = alpha * incoming + base;
      next[v] = value;
      change += Math.abs(value - rank[v]!);
    }
    const swap = rank;
    rank = next;
    next = swap;
    if (change < n * tolerance) break;
  }
  return rank;
}
