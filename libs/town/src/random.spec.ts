import { Random } from './random';

describe('Random', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    const a = new Random(42, 'people');
    const b = new Random(42, 'people');
    expect(Array.from({ length: 20 }, () => a.uint32())).toEqual(
      Array.from({ length: 20 }, () => b.uint32()),
    );
  });

  it('gives different sequences for different seeds or streams', () => {
    const first = new Random(42, 'people').uint32();
    expect(new Random(43, 'people').uint32()).not.toBe(first);
    expect(new Random(42, 'spaces').uint32()).not.toBe(first);
  });

  it('draws integers within inclusive bounds and floats in [0, 1)', () => {
    const random = new Random(7);
    const integers = new Set(Array.from({ length: 2_000 }, () => random.int(3, 6)));
    const floats = Array.from({ length: 2_000 }, () => random.next());
    expect([...integers].sort()).toEqual([3, 4, 5, 6]);
    expect(floats.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('picks in proportion to weight', () => {
    const random = new Random(9);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) {
      if (
        random.weighted([
          ['heavy', 3],
          ['light', 1],
        ] as const) === 'heavy'
      )
        heavy++;
    }
    expect(heavy / 10_000).toBeCloseTo(0.75, 1);
  });

  it('samples distinct items', () => {
    const sample = new Random(3).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
  });

  it('makes well-formed version 4 UUIDs', () => {
    const random = new Random(1);
    for (let i = 0; i < 100; i++) {
      expect(random.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });
});
