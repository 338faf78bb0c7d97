import { originDecision, RecentOrigin } from './search-origin-limit';

const now = new Date('2026-11-22T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const origins = (count: number, minutes = 5): RecentOrigin[] =>
  Array.from({ length: count }, (_, i) => ({
    originCell: `cell-${i}`,
    lastSearchedAt: minutesAgo(minutes + i),
  }));

describe('originDecision', () => {
  it('allows new origins up to the limit', () => {
    expect(originDecision(origins(9), 'new', 10, now)).toEqual({ kind: 'allow' });
  });

  it('refuses an 11th origin in the hour, saying when the oldest frees up', () => {
    // The oldest of ten was used 14 minutes ago: it leaves the window in 46 minutes.
    expect(originDecision(origins(10), 'new', 10, now)).toEqual({
      kind: 'refuse',
      retryAfterSeconds: 46 * 60,
    });
  });

  it('always allows searching again from an origin used within the hour', () => {
    expect(originDecision(origins(10), 'cell-3', 10, now)).toEqual({ kind: 'allow' });
  });

  it('forgets origins last used an hour ago or more', () => {
    expect(originDecision(origins(10, 60), 'new', 10, now)).toEqual({ kind: 'allow' });
    const oneNearlyAnHourAgo = [
      ...origins(9),
      { originCell: 'old', lastSearchedAt: minutesAgo(55) },
    ];
    expect(originDecision(oneNearlyAnHourAgo, 'new', 10, now)).toEqual({
      kind: 'refuse',
      retryAfterSeconds: 5 * 60,
    });
  });
});
