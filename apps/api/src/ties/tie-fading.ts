/**
 * STAND-IN until the engine branch lands in libs/social-graph: the same names and shapes the engine
 * will export (`tieWeight`, `ACTIVE_TIE_THRESHOLD`, `CO_ATTENDANCE_RULE`). When it does, this file
 * becomes a re-export of `@village/social-graph` and nothing else changes.
 */
import type { TieSource } from '@village/social-graph';

/** Two people are tied by co-attendance after this many shared dates of a session within so many weeks. */
export const CO_ATTENDANCE_RULE = { sharedOccurrences: 3, withinWeeks: 8 } as const;

/** A tie counts as active while its faded weight is at least this. */
export const ACTIVE_TIE_THRESHOLD = 0.2;

const HALF_LIFE_DAYS = 90;
const DAY_MS = 86_400_000;
const STATES: ReadonlySet<TieSource> = new Set([
  'HOUSEHOLD',
  'MEMBERSHIP',
  'PARTNERSHIP',
  'MEETS_AT',
]);

/** A tie's weight at `at`: event evidence halves every HALF_LIFE_DAYS since last seen; states do not fade. */
export function tieWeight(
  strength: number,
  lastSeenAt: string | Date,
  at: string | Date,
  source: TieSource,
): number {
  if (STATES.has(source)) return strength;
  const days = Math.max(0, (new Date(at).getTime() - new Date(lastSeenAt).getTime()) / DAY_MS);
  return strength * 0.5 ** (days / HALF_LIFE_DAYS);
}
