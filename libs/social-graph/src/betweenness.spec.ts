import { betweenness, betweennessOnThreads } from './betweenness';
import { bridgedTriangles, byKey as roundedByKey, graphOf, randomGraph } from './test-graphs';

const byKey = (values: ArrayLike<number>, keys: string[]) => roundedByKey(values, keys, 12);

describe('betweenness (exact)', () => {
  it('path a-b-c-d: b and c each sit on 2 of the 3 pairs that exclude them', () => {
    const { graph, keys } = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(byKey(betweenness(graph), keys)).toEqual({
      a: 0,
      b: 0.666666666667,
      c: 0.666666666667,
      d: 0,
    });
  });

  it('star: the centre is on every path between leaves (1), leaves on none', () => {
    const { graph, keys } = graphOf([
      ['c', 'w'],
      ['c', 'x'],
      ['c', 'y'],
      ['c', 'z'],
    ]);
    expect(byKey(betweenness(graph), keys)).toEqual({ c: 1, w: 0, x: 0, y: 0, z: 0 });
  });

  it('two triangles joined by the bridge c-d: both bridge ends carry 6 of 10 pairs', () => {
    const { graph, keys } = bridgedTriangles();
    expect(byKey(betweenness(graph), keys)).toEqual({ a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0 });
  });

  it('square: each opposite pair has two shortest paths, half through each corner', () => {
    const { graph, keys } = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    // b carries half of a–c, out of 3 pairs that exclude it: 1/6.
    const sixth = Number((1 / 6).toFixed(12));
    expect(byKey(betweenness(graph), keys)).toEqual({ a: sixth, b: sixth, c: sixth, d: sixth });
  });

  it('a disconnected pair and an isolated node have none; ignores edge weights', () => {
    const { graph, keys } = graphOf(
      [
        ['a', 'b', 5],
        ['c', 'd', 0.1],
      ],
      ['e'],
    );
    expect(byKey(betweenness(graph), keys)).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 0 });
    const weighted = graphOf([
      ['a', 'b', 9],
      ['b', 'c', 9],
      ['a', 'c', 0.1],
    ]);
    // Unweighted: a-c is direct, so b is on no shortest path despite the weights.
    expect(byKey(betweenness(weighted.graph), weighted.keys)).toEqual({ a: 0, b: 0, c: 0 });
  });
});

describe('betweenness (sampled)', () => {
  const graph = randomGraph(200, 600, 7);

  it('equals the exact value when the sample is every node', () => {
    const exact = betweenness(graph);
    expect(Array.from(betweenness(graph, { samples: 200, seed: 3 }))).toEqual(Array.from(exact));
    expect(Array.from(betweenness(graph, { samples: 10_000 }))).toEqual(Array.from(exact));
  });

  it('scales k sources by n/k: on a cycle every source adds the same total, so any sample sums right', () => {
    // From any source on a 9-cycle the dependencies add up to Σ_t (d(s,t) − 1) = 2·(0+1+2+3) = 12.
    const cycle = graphOf(
      Array.from({ length: 9 }, (_, i) => [`v${i}`, `v${(i + 1) % 9}`] as const),
    );
    const sum = (values: Float64Array) => values.reduce((total, x) => total + x, 0);
    const exact = sum(betweenness(cycle.graph));
    expect(exact).toBeCloseTo((9 * 12) / 2 / ((8 * 7) / 2), 12);
    for (const seed of [1, 2, 3])
      expect(sum(betweenness(cycle.graph, { samples: 2, seed }))).toBeCloseTo(exact, 12);
  });

  it('is deterministic for a seed and estimates the exact values closely with half the sources', () => {
    const a = betweenness(graph, { samples: 100, seed: 5 });
    expect(Array.from(betweenness(graph, { samples: 100, seed: 5 }))).toEqual(Array.from(a));
    const exact = betweenness(graph);
    let error = 0;
    let total = 0;
    for (let v = 0; v < 200; v++) {
      error += Math.abs(a[v]! - exact[v]!);
      total += exact[v]!;
    }
    expect(error / total).toBeLessThan(0.25);
  });
});

describe('betweenness on threads', () => {
  const graph = randomGraph(300, 900, 11);

  it.each([1, 2, 3])(
    'gives the same values as one thread with %i threads, exact and sampled',
    async (threads) => {
      const close = (a: Float64Array, b: Float64Array) => {
        expect(a).toHaveLength(b.length);
        for (let v = 0; v < a.length; v++) expect(a[v]).toBeCloseTo(b[v]!, 12);
      };
      close(await betweennessOnThreads(graph, { threads }), betweenness(graph));
      close(
        await betweennessOnThreads(graph, { threads, samples: 50, seed: 4 }),
        betweenness(graph, { samples: 50, seed: 4 }),
      );
    },
  );

  it("has every thread do a share: the worker threads' parts are not left out", async () => {
    // A star's centre lies on every path; with three threads two thirds of the sources are counted
    // only by the workers, so a missing part would show.
    const star = graphOf(Array.from({ length: 9 }, (_, i) => ['hub', `leaf${i}`] as const));
    const values = await betweennessOnThreads(star.graph, { threads: 3 });
    expect(byKey(values, star.keys)['hub']).toBe(1);
  });
});
