import { components, degrees, effectiveSize, egoSizes, weightedDegrees } from './measures';
import { bridgedTriangles, byKey, graphOf } from './test-graphs';

const bridged = bridgedTriangles();

describe('degrees and weighted degrees', () => {
  it('counts neighbours and sums weights (star with centre c: weights 1, 2, 3)', () => {
    const { graph, keys } = graphOf([
      ['c', 'x', 1],
      ['c', 'y', 2],
      ['c', 'z', 3],
      ['x', 'c', 0.5], // parallel: merged into c-x = 1.5
    ]);
    expect(byKey(degrees(graph), keys)).toEqual({ c: 3, x: 1, y: 1, z: 1 });
    expect(byKey(weightedDegrees(graph), keys)).toEqual({ c: 6.5, x: 1.5, y: 2, z: 3 });
  });
});

describe('components', () => {
  it('numbers components by their lowest node: path a-b-c, pair d-e, isolated f', () => {
    const { graph, keys } = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['d', 'e'],
      ],
      ['f'],
    );
    const { component, count } = components(graph);
    expect(count).toBe(3);
    expect(byKey(component, keys)).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 2 });
  });

  it('finds one component for the bridged triangles', () => {
    expect(components(bridged.graph).count).toBe(1);
  });
});

describe('egoSizes', () => {
  it('counts one hop, and one-or-two hops without the node itself (bridged triangles)', () => {
    const { oneHop, twoHop } = egoSizes(bridged.graph);
    // c: neighbours a, b, d (3); two hops adds e, f (5). a: b, c (2); adds d (3).
    expect(byKey(oneHop, bridged.keys)).toEqual({ a: 2, b: 2, c: 3, d: 3, e: 2, f: 2 });
    expect(byKey(twoHop, bridged.keys)).toEqual({ a: 3, b: 3, c: 5, d: 5, e: 3, f: 3 });
  });

  it('walks only the edges the filter accepts (cutting the bridge c-d)', () => {
    const { graph, keys, at } = bridged;
    const c = at('c');
    const d = at('d');
    const isBridge = (e: number) => {
      for (const [from, to] of [
        [c, d],
        [d, c],
      ] as const)
        if (e >= graph.offsets[from]! && e < graph.offsets[from + 1]! && graph.targets[e] === to)
          return true;
      return false;
    };
    const { oneHop, twoHop } = egoSizes(graph, (e) => !isBridge(e));
    expect(byKey(oneHop, keys)).toEqual({ a: 2, b: 2, c: 2, d: 2, e: 2, f: 2 });
    expect(byKey(twoHop, keys)).toEqual({ a: 2, b: 2, c: 2, d: 2, e: 2, f: 2 });
  });
});

describe('effectiveSize', () => {
  it('is n − 2t/n: star centre 3, triangle corners 1, bridge ends 3 − 2/3, isolated NaN', () => {
    const star = graphOf(
      [
        ['c', 'x'],
        ['c', 'y'],
        ['c', 'z'],
      ],
      ['lonely'],
    );
    // The centre's 3 contacts share no edge: 3 − 0. A leaf has one contact: 1 − 0.
    expect(byKey(effectiveSize(star.graph), star.keys)).toEqual({
      c: 3,
      x: 1,
      y: 1,
      z: 1,
      lonely: NaN,
    });
    // c's contacts a, b, d hold one edge (a-b): 3 − 2·1/3. a's contacts b, c hold one: 2 − 2/2 = 1.
    const sizes = byKey(effectiveSize(bridged.graph), bridged.keys);
    expect(sizes['c']).toBeCloseTo(3 - 2 / 3, 12);
    expect(sizes['a']).toBe(1);
  });
});
