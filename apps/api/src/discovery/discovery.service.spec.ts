import { CandidateRow, wholeTies } from './discovery.service';

const row = (distance: number, id: string): CandidateRow => ({
  id,
  distance,
  space_accessibility: [],
  group_kind: 'SERVICE',
  text_matched: false,
});

describe('wholeTies', () => {
  it('orders by distance then id, as PostgreSQL orders the seek', () => {
    const rows = [row(5, 'b'), row(1, 'c'), row(5, 'a')];
    expect(wholeTies(rows, false)?.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('leaves a tie cut by a full batch for the next round', () => {
    const rows = [row(1, 'a'), row(2, 'b'), row(3, 'd'), row(3, 'c')];
    expect(wholeTies(rows, true)?.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('asks for a bigger batch when a full one is all one tie', () => {
    expect(wholeTies([row(3, 'b'), row(3, 'a')], true)).toBeNull();
  });

  it('keeps a last batch that is all one tie', () => {
    const rows = [row(3, 'b'), row(3, 'a')];
    expect(wholeTies(rows, false)?.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
