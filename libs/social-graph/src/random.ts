/**
 * Seeded randomness for the algorithms that need it (Louvain's node order, betweenness sampling), so
 * a run is reproducible from its seed. A splitmix32 stream: one 32-bit word of state, good enough to
 * shuffle and sample; not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  uint32(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** A whole number from 0 to `bound - 1` (bound ≤ 2^32; the tiny modulo bias does not matter here). */
  below(bound: number): number {
    return this.uint32() % bound;
  }
}

/** 0 … n-1 in an order shuffled by Fisher–Yates with the given random stream. */
export function shuffledRange(n: number, random: SeededRandom): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = random.below(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** `k` distinct numbers from 0 … n-1, drawn by a partial Fisher–Yates shuffle. */
export function sampleRange(n: number, k: number, random: SeededRandom): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + random.below(n - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, take);
}
