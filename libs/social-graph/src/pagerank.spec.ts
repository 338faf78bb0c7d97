import { pagerank } from './pagerank';
import { byKey as roundedByKey, graphOf, randomGraph } from './test-graphs';

const byKey = (values: ArrayLike<number>, keys: string[]) => roundedByKey(values, keys, 5);

describe('pagerank', () => {
  it('star with centre c and 3 leaves: c = 0.0375 + 0.85·3y, y = 0.0375 + 0.85·c/3', () => {
    // Solving: c = 0.133125 / 0.2775 = 0.479730, each leaf (1 − c)/3 = 0.173423.
    const { graph, keys } = graphOf([
      ['c', 'x'],
      ['c', 'y'],
      ['c', 'z'],
    ]);
    expect(byKey(pagerank(graph, { tolerance: 1e-12 }), keys)).toEqual({
      c: 0.47973,
      x: 0.17342,
      y: 0.17342,
      z: 0.17342,
    });
  });

  it('follows edge weights: path a-(1)-b-(3)-c', () => {
    // b = 0.05 + 0.85(a + c) = 0.05 + 0.85(1 − b) → b = 0.9/1.85; a = 0.05 + 0.85·b/4; c = 0.05 + 0.85·3b/4.
    const { graph, keys } = graphOf([
      ['a', 'b', 1],
      ['b', 'c', 3],
    ]);
    expect(byKey(pagerank(graph, { tolerance: 1e-12 }), keys)).toEqual({
      a: 0.15338,
      b: 0.48649,
      c: 0.36014,
    });
  });

  it('spreads a dangling node’s rank over every node: pair a-b and isolated c', () => {
    // c = 0.05 + 0.85·c/3 → c = 0.05/(1 − 0.85/3) = 0.069767; a = b = (1 − c)/2 = 0.465116.
    const { graph, keys } = graphOf([['a', 'b']], ['c']);
    const ranks = pagerank(graph, { tolerance: 1e-12 });
    expect(byKey(ranks, keys)).toEqual({ a: 0.46512, b: 0.46512, c: 0.06977 });
  });

  it('sums to 1 and honours alpha (alpha 0 gives the uniform vector)', () => {
    const graph = randomGraph(300, 900, 3, true);
    const ranks = pagerank(graph);
    expect(ranks.reduce((sum, r) => sum + r, 0)).toBeCloseTo(1, 9);
    const uniform = pagerank(graph, { alpha: 0 });
    for (const r of uniform) expect(r).toBeCloseTo(1 / 300, 12);
    expect(pagerank(graphOf([]).graph)).toHaveLength(0);
  });
});
