import { nearestFirst, ROUND, Seek, wholeTies } from './near';

const row = (distance: number, id: string): Seek => ({ id, distance });

describe('wholeTies', () => {
  it('orders by distance then id, as PostgreSQL orders the seek', () => {
    const rows = [row(5, 'b'), row(1, 'c'), row(5, 'a')];
    expect(wholeTies(rows, false)?.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('leaves a tie cut by a full batch for the next round', () => {
    const rows = [row(1, 'a'), row(2, 'b'), row(3, 'd'), row(3, 'c')];
    expect(wholeTies(rows, true)?.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('asks for a bigger round when a full one is all one tie', () => {
    expect(wholeTies([row(3, 'b'), row(3, 'a')], true)).toBeNull();
  });

  it('keeps a last round that is all one tie', () => {
    const rows = [row(3, 'b'), row(3, 'a')];
    expect(wholeTies(rows, false)?.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('nearestFirst', () => {
  // Stands in for PostgreSQL: rows past the seek, by distance alone (ties in no useful order).
  const table = (rows: Seek[]) => {
    const seeks: (Seek | null)[] = [];
    const read = async (seek: Seek | null, limit: number) => {
      seeks.push(seek);
      return rows
        .filter(
          (r) =>
            !seek || r.distance > seek.distance || (r.distance === seek.distance && r.id > seek.id),
        )
        .sort((a, b) => a.distance - b.distance)
        .slice(0, limit);
    };
    return { read, seeks };
  };
  const ids = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => row(from + i, `id-${String(from + i).padStart(4, '0')}`));

  it('reads one round when it gives more than a page', async () => {
    const { read, seeks } = table(ids(ROUND * 2));
    const results = await nearestFirst(10, null, read, (rows) => rows);
    expect(seeks).toEqual([null]);
    expect(results.map((r) => r.distance)).toEqual(ids(ROUND - 1).map((r) => r.distance));
  });

  it('reads on from the last row kept until more than a page is kept', async () => {
    const rows = ids(ROUND * 3);
    const { read, seeks } = table(rows);
    // One row in ten kept: the first round (0…98, the last row held back) gives 10, too few.
    const results = await nearestFirst(15, null, read, (kept) =>
      kept.filter((r) => r.distance % 10 === 0),
    );
    expect(seeks).toEqual([null, rows[ROUND - 2]]);
    expect(results.map((r) => r.distance)).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
  });

  it('puts a tie cut by a round into the next, whole and in id order', async () => {
    const tie = ['d', 'b', 'c', 'a'].map((id) => row(ROUND, id));
    const { read } = table([...ids(ROUND - 2), ...tie]);
    const results = await nearestFirst(ROUND + 5, null, read, (rows) => rows);
    expect(results.slice(-4).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(results).toHaveLength(ROUND + 2);
  });

  it('reads a round that is all one tie again, bigger, so none of the tie is skipped', async () => {
    const tie = ['e', 'c', 'a', 'd', 'b'].map((id) => row(7, id));
    const { read, seeks } = table([...tie, ...ids(3, 8)]);
    const results = await nearestFirst(1, null, read, (rows) => rows, { round: 2 });
    expect(seeks).toEqual([null, null, null]);
    // Rounds of 2 and 4 held only part of the tie; 8 holds it all and the next two rows.
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'id-0008', 'id-0009']);
  });

  it('doubles each round up to growTo when the filter keeps few rows', async () => {
    const { read } = table(ids(200));
    const limits: number[] = [];
    await nearestFirst(
      20,
      null,
      (seek, limit) => {
        limits.push(limit);
        return read(seek, limit);
      },
      (kept) => kept.filter((r) => r.distance % 10 === 0),
      { round: 21, growTo: 100 },
    );
    expect(limits).toEqual([21, 42, 84, 100]);
  });
});
