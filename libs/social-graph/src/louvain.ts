import { CsrGraph } from './model';
import { SeededRandom, shuffledRange } from './random';

/**
 * Weighted modularity of a partition, as `networkx.community.modularity(G, communities, weight='weight',
 * resolution=γ)`: Σ_c [ L_c / m − γ (d_c / 2m)² ], with m the total edge weight, L_c the weight of the
 * edges inside c and d_c the summed weighted degree of c's nodes. 0 for a graph without edge weight.
 */
export function modularity(g: CsrGraph, community: Int32Array, resolution = 1): number {
  const n = g.nodeCount;
  const { offsets, targets, weights } = g;
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, community[v]! + 1);
  const inside = new Float64Array(count); // 2 L_c: each inner edge seen from both ends
  const degree = new Float64Array(count);
  let twoM = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = weights[e]!;
      twoM += w;
      degree[c]! += w;
      if (community[targets[e]!] === c) inside[c]! += w;
    }
  }
  if (twoM === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++) {
    const share = degree[c]! / twoM;
    q += inside[c]! / twoM - resolution * share * share;
  }
  return q;
}

/** One level of the Louvain hierarchy: a weighted graph whose nodes may carry self-loops. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weight of each node's self-loop (the edges folded inside it), counted once. */
  loops: Float64Array;
}

/**
 * Louvain community detection (Blondel et al. 2008) on the weighted graph: move nodes one at a time
 * (in a seeded random order) to the neighbouring community that raises modularity most, until no
 * move helps; fold communities into nodes; repeat while anything moves. Deterministic for a seed.
 *
 * One round settles early: a node's best community is judged while its neighbours are still
 * moving, and once folded it can no longer leave. So a second round starts again from the single
 * nodes, placed in the communities the first round found, and is kept when it scores higher (as
 * leidenalg's `n_iterations` does for Louvain). On the M town this lifts modularity from 0.470–0.488
 * over five seeds to 0.497–0.504, above igraph's 0.468–0.487; a third round adds under 0.001.
 *
 * Communities are numbered 0, 1, … in order of their lowest node index.
 */
export function louvain(
  g: CsrGraph,
  options: { seed?: number; resolution?: number } = {},
): { community: Int32Array; count: number; modularity: number } {
  const resolution = options.resolution ?? 1;
  const random = new SeededRandom(options.seed ?? 1);
  const first = louvainRound(g, resolution, random, null);
  const second = louvainRound(g, resolution, random, first);
  const firstQuality = modularity(g, first, resolution);
  const secondQuality = modularity(g, second, resolution);
  const community = secondQuality > firstQuality ? second : first;
  const quality = Math.max(firstQuality, secondQuality);
  let count = 0;
  for (let v = 0; v < g.nodeCount; v++) count = Math.max(count, community[v]! + 1);
  return { community, count, modularity: quality };
}

/**
 * One round of Louvain from `start` (each node alone when null): local moving and folding until
 * nothing moves. Communities are numbered by first appearance in node order.
 */
function louvainRound(
  g: CsrGraph,
  resolution: number,
  random: SeededRandom,
  start: Int32Array | null,
): Int32Array {
  const n = g.nodeCount;
  let level: Level = {
    n,
    offsets: g.offsets,
    targets: g.targets,
    weights: Float64Array.from(g.weights),
    loops: new Float64Array(n),
  };
  // Which node of the current level each original node is folded into.
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  let initial = start;
  for (;;) {
    const { community, moved } = moveNodes(level, resolution, random, initial);
    if (!moved && initial === null) break;
    initial = null;
    const { folded, renumbered } = fold(level, community);
    for (let v = 0; v < n; v++) membership[v] = renumbered[membership[v]!]!;
    if (folded.n === level.n) break;
    level = folded;
  }
  // Number communities by first appearance in node order, independent of the folding order.
  const label = new Int32Array(level.n).fill(-1);
  const community = new Int32Array(n);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const c = membership[v]!;
    if (label[c] === -1) label[c] = count++;
    community[v] = label[c]!;
  }
  return community;
}

/**
 * Local moving phase, from `initial` communities (labels below n) or each node alone. Returns each
 * node's community (a label below n) and whether any node moved.
 */
function moveNodes(
  level: Level,
  resolution: number,
  random: SeededRandom,
  initial: Int32Array | null,
): { community: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights, loops } = level;
  const strength = new Float64Array(n);
  let twoM = 0;
  for (let v = 0; v < n; v++) {
    let s = 2 * loops[v]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) s += weights[e]!;
    strength[v] = s;
    twoM += s;
  }
  const community = initial ? Int32Array.from(initial) : new Int32Array(n);
  const total = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (!initial) community[v] = v;
    total[community[v]!]! += strength[v]!;
  }
  if (twoM === 0) return { community, moved: false };
  const order = shuffledRange(n, random);
  const linkWeight = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  let moved = false;
  // Passes continue while nodes move; the cap only guards against floating-point see-saws.
  for (let pass = 0; pass < 1000; pass++) {
    let moves = 0;
    for (let o = 0; o < n; o++) {
      const v = order[o]!;
      const own = community[v]!;
      const k = strength[v]!;
      let touchedCount = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const c = community[targets[e]!]!;
        if (seen[c] === 0) {
          seen[c] = 1;
          linkWeight[c] = 0;
          touched[touchedCount++] = c;
        }
        linkWeight[c]! += weights[e]!;
      }
      total[own]! -= k;
      const ownLink = seen[own] === 1 ? linkWeight[own]! : 0;
      let best = own;
      let bestGain = ownLink - (resolution * total[own]! * k) / twoM;
      for (let i = 0; i < touchedCount; i++) {
        const c = touched[i]!;
        seen[c] = 0;
        if (c === own) continue;
        const gain = linkWeight[c]! - (resolution * total[c]! * k) / twoM;
        if (gain > bestGain + 1e-12 * twoM) {
          best = c;
          bestGain = gain;
        }
      }
      total[best]! += k;
      if (best !== own) {
        community[v] = best;
        moves++;
      }
    }
    if (moves === 0) break;
    moved = true;
  }
  return { community, moved };
}

/** Folds each community into one node: inner edges become its self-loop, outer ones are summed. */
function fold(level: Level, community: Int32Array): { folded: Level; renumbered: Int32Array } {
  const { n, offsets, targets, weights, loops } = level;
  const renumbered = new Int32Array(n).fill(-1);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    if (renumbered[c] === -1) renumbered[c] = count++;
  }
  const of = new Int32Array(n);
  for (let v = 0; v < n; v++) of[v] = renumbered[community[v]!]!;
  // Members of each new node, by counting sort.
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[of[v]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[fill[of[v]!]!++] = v;

  const newOffsets = new Int32Array(count + 1);
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(targets.length);
  const newLoops = new Float64Array(count);
  const slot = new Int32Array(count).fill(-1);
  let write = 0;
  for (let c = 0; c < count; c++) {
    const rowStart = write;
    let inner = 0;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      inner += 2 * loops[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const d = of[targets[e]!]!;
        const w = weights[e]!;
        if (d === c) {
          inner += w;
        } else if (slot[d]! >= rowStart) {
          newWeights[slot[d]!]! += w;
        } else {
          slot[d] = write;
          newTargets[write] = d;
          newWeights[write] = w;
          write++;
        }
      }
    }
    newLoops[c] = inner / 2;
    newOffsets[c + 1] = write;
  }
  return {
    folded: {
      n: count,
      offsets: newOffsets,
      targets: newTargets.slice(0, write),
      weights: newWeights.slice(0, write),
      loops: newLoops,
    },
    renumbered: of,
  };
}
