/**
 * Seeded random graphs for checking the social-graph engine against NetworkX and igraph, and for
 * benchmarking it. Node `i` is named `String(i)`; weights are multiples of 1/8 from 1/8 to about 4, exact in a
 * Float32Array (the engine's weights) and in a double (the references'), and so are their sums when
 * parallel edges merge, so every library reads exactly the same graph.
 */
import { CsrGraph, GraphBuilder } from '@village/social-graph';
import { closeSync, openSync, writeSync } from 'node:fs';

export interface EdgeList {
  nodeCount: number;
  from: Int32Array;
  to: Int32Array;
  weight: Float32Array;
}

/** xoshiro128** seeded by xorshift32: small, fast and good enough for test graphs. */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0 || 0x2545f491;
    const next = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** xoshiro128** step: a uniformly distributed unsigned 32-bit integer. */
  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, below). */
  below(below: number): number {
    return Math.floor(this.next() * below);
  }

  /** 1/8, 2/8, … 4: exact in float32, and so is any sum of a few of them. */
  weight(): number {
    return (1 + this.below(32)) / 8;
  }
}

function rotl(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

/** Grows typed arrays as edges are added. */
class EdgeCollector {
  private from: Int32Array;
  private to: Int32Array;
  private weight: Float32Array;
  length = 0;

  constructor(capacity: number) {
    this.from = new Int32Array(Math.max(16, capacity));
    this.to = new Int32Array(Math.max(16, capacity));
    this.weight = new Float32Array(Math.max(16, capacity));
  }

  add(from: number, to: number, weight: number): void {
    if (this.length === this.from.length) {
      const grow = <T extends Int32Array | Float32Array>(array: T, make: (n: number) => T): T => {
        const bigger = make(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.from = grow(this.from, (n) => new Int32Array(n));
      this.to = grow(this.to, (n) => new Int32Array(n));
      this.weight = grow(this.weight, (n) => new Float32Array(n));
    }
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.weight[this.length] = weight;
    this.length++;
  }

  list(nodeCount: number): EdgeList {
    return {
      nodeCount,
      from: this.from.slice(0, this.length),
      to: this.to.slice(0, this.length),
      weight: this.weight.slice(0, this.length),
    };
  }
}

export interface PlantedPartitionOptions {
  nodes: number;
  /** Edge rows to draw (before parallel edges merge and self-loops drop). */
  edges: number;
  blocks: number;
  /** Chance that an edge stays inside its first end's block. */
  inside: number;
  seed: number;
  /** The last `isolated` nodes get no edge at all. */
  isolated?: number;
  /** Extra rows that repeat an earlier edge, and self-loops: the engine merges and drops them. */
  repeats?: number;
  selfLoops?: number;
}

/**
 * A planted-partition (stochastic block) graph drawn edge by edge in O(edges): the first end is any
 * node, the second is in the same block with chance `inside`, anywhere otherwise.
 */
export function plantedPartition(options: PlantedPartitionOptions): EdgeList {
  const random = new SeededRandom(options.seed);
  const connected = options.nodes - (options.isolated ?? 0);
  const blockSize = Math.ceil(connected / options.blocks);
  const edges = new EdgeCollector(
    options.edges + (options.repeats ?? 0) + (options.selfLoops ?? 0),
  );
  while (edges.length < options.edges) {
    const from = random.below(connected);
    let to: number;
    if (random.next() < options.inside) {
      const start = Math.floor(from / blockSize) * blockSize;
      to = start + random.below(Math.min(blockSize, connected - start));
    } else {
      to = random.below(connected);
    }
    if (to !== from) edges.add(from, to, random.weight());
  }
  addNoise(edges, random, options.repeats ?? 0, options.selfLoops ?? 0, connected);
  return edges.list(options.nodes);
}

function addNoise(
  edges: EdgeCollector,
  random: SeededRandom,
  repeats: number,
  selfLoops: number,
  connected: number,
): void {
  const drawn = edges.list(0);
  for (let i = 0; i < repeats; i++) {
    const e = random.below(drawn.from.length);
    // Half the repeats are written the other way round: still the same undirected edge.
    if (i % 2) edges.add(drawn.to[e]!, drawn.from[e]!, random.weight());
    else edges.add(drawn.from[e]!, drawn.to[e]!, random.weight());
  }
  for (let i = 0; i < selfLoops; i++) {
    const node = random.below(connected);
    edges.add(node, node, random.weight());
  }
}

/**
 * A random geometric graph: nodes at random points of the unit square, an edge between any two
 * closer than `radius`, weighted more the closer they are (still multiples of 1/8).
 */
export function randomGeometric(options: {
  nodes: number;
  radius: number;
  seed: number;
}): EdgeList {
  const random = new SeededRandom(options.seed);
  const { nodes, radius } = options;
  const x = new Float64Array(nodes);
  const y = new Float64Array(nodes);
  for (let i = 0; i < nodes; i++) {
    x[i] = random.next();
    y[i] = random.next();
  }
  const cells = Math.max(1, Math.floor(1 / radius));
  const cellOf = (value: number) => Math.min(cells - 1, Math.floor(value * cells));
  const buckets: number[][] = Array.from({ length: cells * cells }, () => []);
  for (let i = 0; i < nodes; i++) buckets[cellOf(y[i]!) * cells + cellOf(x[i]!)]!.push(i);
  const edges = new EdgeCollector(nodes * 8);
  for (let i = 0; i < nodes; i++) {
    const cx = cellOf(x[i]!);
    const cy = cellOf(y[i]!);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = cx + dx;
        const ny = cy + dy;
        if (nx < 0 || ny < 0 || nx >= cells || ny >= cells) continue;
        for (const j of buckets[ny * cells + nx]!) {
          if (j <= i) continue;
          const distance = Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);
          if (distance < radius)
            edges.add(i, j, (1 + Math.floor((1 - distance / radius) * 32)) / 8);
        }
      }
    }
  }
  return edges.list(nodes);
}

/**
 * Preferential attachment (Barabási–Albert): each new node links to `perNode` distinct earlier
 * nodes, chosen in proportion to their degree. Gives hubs, as real social graphs have.
 */
export function preferentialAttachment(options: {
  nodes: number;
  perNode: number;
  seed: number;
}): EdgeList {
  const random = new SeededRandom(options.seed);
  const { nodes, perNode } = options;
  const endpoints = new Int32Array(2 * nodes * perNode);
  let endpointCount = 0;
  const edges = new EdgeCollector(nodes * perNode);
  // A small clique to start from.
  for (let i = 0; i <= perNode; i++) {
    for (let j = 0; j < i; j++) {
      edges.add(i, j, random.weight());
      endpoints[endpointCount++] = i;
      endpoints[endpointCount++] = j;
    }
  }
  const chosen = new Set<number>();
  for (let node = perNode + 1; node < nodes; node++) {
    chosen.clear();
    while (chosen.size < perNode) chosen.add(endpoints[random.below(endpointCount)]!);
    for (const target of chosen) {
      edges.add(node, target, random.weight());
      endpoints[endpointCount++] = node;
      endpoints[endpointCount++] = target;
    }
  }
  return edges.list(nodes);
}

/** Writes `source,target,weight` rows under a header, as the references and the engine's CLI read. */
export function writeEdgeCsv(list: EdgeList, path: string): void {
  const file = openSync(path, 'w');
  try {
    writeSync(file, 'source,target,weight\n');
    const rowsPerChunk = 65_536;
    for (let start = 0; start < list.from.length; start += rowsPerChunk) {
      const end = Math.min(list.from.length, start + rowsPerChunk);
      const rows: string[] = [];
      for (let e = start; e < end; e++)
        rows.push(`${list.from[e]},${list.to[e]},${list.weight[e]}`);
      writeSync(file, `${rows.join('\n')}\n`);
    }
  } finally {
    closeSync(file);
  }
}

/** Loads an edge list into the engine, node `i` first and under key `String(i)`, so indices agree. */
export function buildEngineGraph(list: EdgeList): CsrGraph {
  const builder = new GraphBuilder(list.from.length);
  for (let i = 0; i < list.nodeCount; i++) builder.node(String(i));
  for (let e = 0; e < list.from.length; e++)
    builder.addEdge(String(list.from[e]), String(list.to[e]), list.weight[e]!);
  const { graph, keys } = builder.build();
  if (keys.length !== list.nodeCount || keys.some((key, i) => key !== String(i)))
    throw new Error('The engine numbered the nodes differently from the edge list.');
  return graph;
}
