import { GraphBuilder } from './graph-builder';
import { CsrGraph } from './model';
import { SeededRandom } from './random';

/** Builds a graph from `[from, to, weight?]` rows; nodes are numbered by first sight. */
export function graphOf(
  edges: readonly (readonly [string, string, number?])[],
  isolated: readonly string[] = [],
): { graph: CsrGraph; keys: string[]; at: (key: string) => number } {
  const builder = new GraphBuilder();
  for (const [from, to, weight] of edges) builder.addEdge(from, to, weight ?? 1);
  for (const key of isolated) builder.node(key);
  const { graph, keys } = builder.build();
  return { graph, keys, at: (key) => keys.indexOf(key) };
}

/** A random graph with `n` nodes and about `m` edges, seeded (for property checks and measurements). */
export function randomGraph(n: number, m: number, seed: number, weighted = false): CsrGraph {
  const random = new SeededRandom(seed);
  const builder = new GraphBuilder(m);
  for (let v = 0; v < n; v++) builder.node(String(v));
  for (let e = 0; e < m; e++) {
    const a = random.below(n);
    const b = random.below(n);
    builder.addEdgeByIndex(a, b, weighted ? 0.1 + (random.uint32() % 100) / 50 : 1);
  }
  return builder.build().graph;
}

/** Two triangles a-b-c and d-e-f joined by the bridge c-d. */
export function bridgedTriangles(): ReturnType<typeof graphOf> {
  return graphOf([
    ['a', 'b'],
    ['b', 'c'],
    ['a', 'c'],
    ['c', 'd'],
    ['d', 'e'],
    ['e', 'f'],
    ['d', 'f'],
  ]);
}

/** Per-node values keyed by node key, rounded to `digits` when given (for readable expectations). */
export function byKey(
  values: ArrayLike<number>,
  keys: string[],
  digits?: number,
): Record<string, number> {
  return Object.fromEntries(
    keys.map((key, i) => [
      key,
      digits === undefined ? values[i]! : Number(values[i]!.toFixed(digits)),
    ]),
  );
}
