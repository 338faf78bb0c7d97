import { TieSource } from './model';

/** Event evidence loses half its weight every this many days (see docs/social-graph.md). */
export const TIE_HALF_LIFE_DAYS = 120;

/** A person–person tie counts as active while its faded weight is at least this. */
export const ACTIVE_TIE_THRESHOLD = 0.2;

/** How much of its strength a membership tie carries: belonging to the same group is weak evidence. */
export const MEMBERSHIP_WEIGHT_FACTOR = 0.3;

/** Two people who came to this many of the same occurrences within this many weeks get a tie. */
export const CO_ATTENDANCE_RULE = { sharedOccurrences: 3, withinWeeks: 8 } as const;

/** The thresholds behind each connectedness factor of a household. */
export const CONNECTEDNESS_THRESHOLDS = {
  /** FEW_ACTIVE_TIES: fewer than this many distinct people outside the household, over all members. */
  minActiveTiesOutsideHousehold: 2,
  /** NO_RECENT_CONTACT: no member's last meaningful contact within this many weeks before the analysis. */
  recentContactWeeks: 8,
  /** A household with at least this many factors counts as isolated in the aggregates. */
  isolatedFactorCount: 3,
} as const;

/** Evidence that something happened: it fades with time since it was last seen. */
export const EVENT_SOURCES: readonly TieSource[] = [
  'CO_ATTENDANCE',
  'EXCHANGED_HELP',
  'INTRODUCED',
  'NEIGHBOURS',
  'SHARED_LANGUAGE',
];

/** Evidence of a standing state: full weight while it holds (the API deletes the tie when it ends). */
export const STATE_SOURCES: readonly TieSource[] = [
  'HOUSEHOLD',
  'MEMBERSHIP',
  'PARTNERSHIP',
  'MEETS_AT',
];

/** Every source, in the order whose index is an edge's `kind` in the town graph. */
export const TIE_SOURCES: readonly TieSource[] = [
  'SHARED_LANGUAGE',
  'NEIGHBOURS',
  'MEETS_AT',
  'MEMBERSHIP',
  'PARTNERSHIP',
  'CO_ATTENDANCE',
  'INTRODUCED',
  'EXCHANGED_HELP',
  'HOUSEHOLD',
];

const DAY_MS = 86_400_000;

export function toMillis(value: string | number | Date): number {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Date.parse(value)
        : value.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${String(value)}`);
  return ms;
}

/**
 * The weight a tie carries at time `at`. Event evidence fades: `strength × 0.5^(ageDays / 120)`,
 * with the age counted from `lastSeenAt` (a future `lastSeenAt` counts as now). State evidence keeps
 * its strength; membership counts at `MEMBERSHIP_WEIGHT_FACTOR` of it. A negative or non-finite
 * strength gives 0; an unreadable date throws a RangeError.
 */
export function tieWeight(
  strength: number,
  lastSeenAt: string | number | Date,
  at: string | number | Date,
  source: TieSource,
): number {
  const fades = EVENT_SOURCES.includes(source);
  return tieWeightAt(strength, fades ? toMillis(lastSeenAt) : 0, fades ? toMillis(at) : 0, source);
}

/** `tieWeight` with both times already in epoch milliseconds (the streaming path parses once). */
export function tieWeightAt(
  strength: number,
  lastSeenMs: number,
  atMs: number,
  source: TieSource,
): number {
  if (!Number.isFinite(strength) || strength < 0) return 0;
  switch (source) {
    case 'HOUSEHOLD':
    case 'PARTNERSHIP':
    case 'MEETS_AT':
      return strength;
    case 'MEMBERSHIP':
      return strength * MEMBERSHIP_WEIGHT_FACTOR;
    default: {
      if (Number.isNaN(lastSeenMs) || Number.isNaN(atMs)) throw new RangeError('Not a date.');
      const ageDays = Math.max(0, (atMs - lastSeenMs) / DAY_MS);
      return strength * Math.pow(0.5, ageDays / TIE_HALF_LIFE_DAYS);
    }
  }
}
