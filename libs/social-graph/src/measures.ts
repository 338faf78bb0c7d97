import { CsrGraph } from './model';

/** Number of distinct neighbours of each node (parallel edges were merged when the graph was built). */
export function degrees(g: CsrGraph): Int32Array {
  const out = new Int32Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) out[v] = g.offsets[v + 1]! - g.offsets[v]!;
  return out;
}

/** Sum of the weights of each node's edges. */
export function weightedDegrees(g: CsrGraph): Float64Array {
  const out = new Float64Array(g.nodeCount);
  const { offsets, weights } = g;
  for (let v = 0; v < g.nodeCount; v++) {
    let sum = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) sum += weights[e]!;
    out[v] = sum;
  }
  return out;
}

/**
 * Connected components by iterative breadth-first search. Components are numbered 0, 1, … in order of
 * their lowest node index, so the numbering is stable for a given graph.
 */
export function components(g: CsrGraph): { component: Int32Array; count: number } {
  const n = g.nodeCount;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const { offsets, targets } = g;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (component[root] !== -1) continue;
    const c = count++;
    component[root] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (component[w] === -1) {
          component[w] = c;
          queue[tail++] = w;
        }
      }
    }
  }
  return { component, count };
}

/**
 * For each node, how many other nodes it reaches in one hop, and in one or two hops (so `twoHop`
 * includes `oneHop`), walking only the edges `include` accepts. `include` is given an edge index: a
 * position in `targets`/`weights`/`kinds` (each undirected edge has two, one from each end; it should
 * answer the same for both). It is called once per position.
 */
export function egoSizes(
  g: CsrGraph,
  include?: (edgeIndex: number) => boolean,
): { oneHop: Int32Array; twoHop: Int32Array } {
  const n = g.nodeCount;
  const { offsets, targets } = g;
  let mask: Uint8Array | null = null;
  if (include) {
    mask = new Uint8Array(targets.length);
    for (let e = 0; e < targets.length; e++) mask[e] = include(e) ? 1 : 0;
  }
  const oneHop = new Int32Array(n);
  const twoHop = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    seen[v] = v;
    let count = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (mask && mask[e] === 0) continue;
      const u = targets[e]!;
      if (seen[u] !== v) {
        seen[u] = v;
        count++;
      }
    }
    oneHop[v] = count;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (mask && mask[e] === 0) continue;
      const u = targets[e]!;
      for (let f = offsets[u]!; f < offsets[u + 1]!; f++) {
        if (mask && mask[f] === 0) continue;
        const w = targets[f]!;
        if (seen[w] !== v) {
          seen[w] = v;
          count++;
        }
      }
    }
    twoHop[v] = count;
  }
  return { oneHop, twoHop };
}

/**
 * Burt's effective size, unweighted and undirected, as `networkx.effective_size(G)`: for a node with
 * `d` neighbours among which `t` edges run, `d - 2t/d` (its contacts minus how redundant they are with
 * each other). A node without neighbours has no ego network: NaN, as NetworkX gives.
 */
export function effectiveSize(g: CsrGraph): Float64Array {
  const n = g.nodeCount;
  const { offsets, targets } = g;
  const out = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    if (d === 0) {
      out[v] = NaN;
      continue;
    }
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) mark[targets[e]!] = v;
    // Each edge among the neighbours is seen from both of its ends.
    let ends = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = targets[e]!;
      for (let f = offsets[u]!; f < offsets[u + 1]!; f++) if (mark[targets[f]!] === v) ends++;
    }
    out[v] = d - ends / d; // ends = 2t
  }
  return out;
}
