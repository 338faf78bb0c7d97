/** ISO weekday numbers (1 is Monday) by their RFC 5545 two-letter codes. */
const WEEKDAYS: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

/** How often a session repeats, in the shapes people say out loud; anything else is not described. */
export type Repeats =
  | { every: 'week'; interval: number; weekdays: number[] }
  | { every: 'month'; nth: 1 | 2 | 3 | 4 | -1; weekday: number };

/**
 * Reads a session's RRULE ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU") into {@link Repeats}. Weekly rules
 * without BYDAY repeat on the first date's weekday (ISO, 1 is Monday), as RFC 5545 says.
 */
export function readRecurrence(rule: string, firstWeekday: number): Repeats | null {
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string | undefined]),
  );
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  const byDay = parts.get('BYDAY')?.split(',') ?? [];
  if (parts.get('FREQ') === 'WEEKLY') {
    if (byDay.some((code) => !(code in WEEKDAYS))) return null;
    const weekdays = byDay.length ? byDay.map((code) => WEEKDAYS[code]!) : [firstWeekday];
    return { every: 'week', interval, weekdays };
  }
  if (parts.get('FREQ') === 'MONTHLY' && interval === 1 && byDay.length === 1) {
    const match = /^(-1|[1-4])?([A-Z]{2})$/.exec(byDay[0]!);
    const nth = Number(match?.[1] ?? parts.get('BYSETPOS'));
    const weekday = match ? WEEKDAYS[match[2]!] : undefined;
    if (weekday && (nth === -1 || (nth >= 1 && nth <= 4)))
      return { every: 'month', nth: nth as 1 | 2 | 3 | 4 | -1, weekday };
  }
  return null;
}
