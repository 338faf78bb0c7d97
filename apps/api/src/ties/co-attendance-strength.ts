import { CO_ATTENDANCE_RULE } from './tie-fading';

/**
 * How strong a co-attendance tie is after `dates` shared dates: 0.5 when it is made (at the rule's
 * threshold, 3), then each further date closes 40% of the gap to 1, as an exchange does:
 * 1 − 0.5 · 0.6^(dates − 3). 3 → 0.5, 4 → 0.7, 5 → 0.82, 10 → 0.99.
 */
export function coAttendanceStrength(dates: number): number {
  return 1 - 0.5 * 0.6 ** Math.max(0, dates - CO_ATTENDANCE_RULE.sharedOccurrences);
}

/** The same formula in SQL, over a count column, for the set-based update in ties.repository.ts. */
export const CO_ATTENDANCE_STRENGTH_SQL = (count: string) =>
  `(1 - 0.5 * power(0.6, GREATEST(0, ${count} - ${CO_ATTENDANCE_RULE.sharedOccurrences})))::real`;
