import { CsrGraph } from './model';

/**
 * Collects undirected weighted edges by node key and packs them into a `CsrGraph`. Edges are held
 * in growable typed arrays (no object per edge); the only per-node structure is the one key → index
 * map. `build` merges parallel edges (weights summed, the highest kind index kept) and drops
 * self-loops, in O(nodes + edges) without sorting.
 */
export class GraphBuilder {
  private readonly index = new Map<string, number>();
  private readonly keyList: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private weight: Float64Array;
  private kind: Uint8Array;
  private size = 0;

  constructor(expectedEdges = 1024) {
    const capacity = Math.max(16, Math.floor(expectedEdges));
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
    this.kind = new Uint8Array(capacity);
  }

  /** The index of the node with this key, creating it (indices are given in order of first sight). */
  node(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.keyList.length;
      this.index.set(key, i);
      this.keyList.push(key);
    }
    return i;
  }

  /** The index of the node with this key, or -1 when there is none (does not create it). */
  indexOf(key: string): number {
    return this.index.get(key) ?? -1;
  }

  get nodeCount(): number {
    return this.keyList.length;
  }

  /** Edges added so far (before merging), self-loops not counted. */
  get addedEdges(): number {
    return this.size;
  }

  /** An undirected edge between two keys (created as needed). Self-loops create the node only. */
  addEdge(from: string, to: string, weight: number, kind = 0): void {
    this.addEdgeByIndex(this.node(from), this.node(to), weight, kind);
  }

  /** An undirected edge between two nodes already made with `node`. */
  addEdgeByIndex(from: number, to: number, weight: number, kind = 0): void {
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`An edge weight must be a finite number ≥ 0, not ${weight}.`);
    if (!Number.isInteger(kind) || kind < 0 || kind > 255)
      throw new RangeError(`An edge kind must be a whole number from 0 to 255, not ${kind}.`);
    if (from === to) return;
    if (this.size === this.from.length) this.grow();
    const i = this.size++;
    this.from[i] = from;
    this.to[i] = to;
    this.weight[i] = weight;
    this.kind[i] = kind;
  }

  build(): { graph: CsrGraph; keys: string[] } {
    const n = this.keyList.length;
    const m = this.size;
    const { from, to, weight, kind } = this;
    // Count both ends of every edge, then place each edge once from each end.
    const offsets = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      offsets[from[e]! + 1]!++;
      offsets[to[e]! + 1]!++;
    }
    for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
    const cursor = offsets.slice(0, n);
    const targets = new Int32Array(2 * m);
    const rawWeights = new Float64Array(2 * m);
    const kinds = new Uint8Array(2 * m);
    for (let e = 0; e < m; e++) {
      const a = from[e]!;
      const b = to[e]!;
      const pa = cursor[a]!++;
      targets[pa] = b;
      rawWeights[pa] = weight[e]!;
      kinds[pa] = kind[e]!;
      const pb = cursor[b]!++;
      targets[pb] = a;
      rawWeights[pb] = weight[e]!;
      kinds[pb] = kind[e]!;
    }
    // Merge parallel edges in place: `slot[t]` is where node v's edge to t was written, valid while
    // `owner[t] === v`. Both ends see their parallel edges in the same (insertion) order, so the sums
    // agree exactly on both sides.
    const owner = new Int32Array(n).fill(-1);
    const slot = new Int32Array(n);
    let write = 0;
    let start = 0;
    for (let v = 0; v < n; v++) {
      const end = offsets[v + 1]!;
      const rowStart = write;
      for (let i = start; i < end; i++) {
        const t = targets[i]!;
        if (owner[t] === v) {
          const s = slot[t]!;
          rawWeights[s]! += rawWeights[i]!;
          if (kinds[i]! > kinds[s]!) kinds[s] = kinds[i]!;
        } else {
          owner[t] = v;
          slot[t] = write;
          targets[write] = t;
          rawWeights[write] = rawWeights[i]!;
          kinds[write] = kinds[i]!;
          write++;
        }
      }
      start = end;
      offsets[v] = rowStart;
    }
    offsets[n] = write;
    const graph: CsrGraph = {
      nodeCount: n,
      edgeCount: write / 2,
      offsets,
      targets: targets.slice(0, write),
      weights: Float32Array.from(rawWeights.subarray(0, write)),
      kinds: kinds.slice(0, write),
    };
    return { graph, keys: this.keyList.slice() };
  }

  private grow(): void {
    const capacity = this.from.length * 2;
    const from = new Int32Array(capacity);
    from.set(this.from);
    this.from = from;
    const to = new Int32Array(capacity);
    to.set(this.to);
    this.to = to;
    const weight = new Float64Array(capacity);
    weight.set(this.weight);
    this.weight = weight;
    const kind = new Uint8Array(capacity);
    kind.set(this.kind);
    this.kind = kind;
  }
}
