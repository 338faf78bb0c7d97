import { readRecurrence } from './recurrence';

/** RFC 5545 weekday codes by ISO weekday (1 is Monday). */
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export type RepeatFrequency = 'weekly' | 'fortnightly' | 'monthly';
export type RepeatEnds = 'never' | 'on' | 'after';
export type MonthWeek = 1 | 2 | 3 | 4 | -1;

/** The recurrence builder's choices: how often, on which day, and when it stops. */
export interface RepeatChoices {
  frequency: RepeatFrequency;
  /** ISO weekday, 1 (Monday) to 7 (Sunday). */
  weekday: number;
  /** For monthly: the 1st to 4th, or the last (-1), such weekday of the month. */
  nth: MonthWeek;
  ends: RepeatEnds;
  /** The last date (YYYY-MM-DD) when `ends` is "on". */
  until: string;
  /** How many dates in all when `ends` is "after" (as typed). */
  count: string;
}

/** The ISO weekday of a `YYYY-MM-DD` date. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
}

/** Which week of its month a date falls in: 1 to 4, or -1 when it is the month's last such day. */
export function monthWeekOf(date: string): MonthWeek {
  const day = Number(date.slice(8, 10));
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(day + 7);
  if (next.getUTCMonth() !== Number(date.slice(5, 7)) - 1) return -1;
  return Math.min(Math.ceil(day / 7), 4) as MonthWeek;
}

/** Choices that fit a first date: weekly on its weekday, ending never. */
export function defaultChoices(startDate: string): RepeatChoices {
  return {
    frequency: 'weekly',
    weekday: startDate ? isoWeekday(startDate) : 1,
    nth: startDate ? monthWeekOf(startDate) : 1,
    ends: 'never',
    until: '',
    count: '',
  };
}

/** The RRULE the choices describe, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6`. */
export function buildRule(choices: RepeatChoices): string {
  const day = CODES[choices.weekday - 1] ?? 'MO';
  const parts =
    choices.frequency === 'monthly'
      ? ['FREQ=MONTHLY', `BYDAY=${choices.nth}${day}`]
      : [
          'FREQ=WEEKLY',
          ...(choices.frequency === 'fortnightly' ? ['INTERVAL=2'] : []),
          `BYDAY=${day}`,
        ];
  // The end of the last day, so a date on it is still included (the rule runs in wall-clock time).
  if (choices.ends === 'on' && choices.until)
    parts.push(`UNTIL=${choices.until.replace(/-/g, '')}T235959Z`);
  if (choices.ends === 'after' && choices.count) parts.push(`COUNT=${Number(choices.count)}`);
  return parts.join(';');
}

/**
 * The builder's choices for a stored rule, or null when the builder cannot show it (then the form
 * keeps the rule as it is, unless the organiser picks new choices).
 */
export function choicesFromRule(rule: string, startDate: string): RepeatChoices | null {
  const repeats = readRecurrence(rule, isoWeekday(startDate));
  if (!repeats) return null;
  const parts = new Map(
    rule.split(';').map((part) => part.split('=') as [string, string | undefined]),
  );
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT']);
  if ([...parts.keys()].some((key) => !known.has(key))) return null;
  const untilText = parts.get('UNTIL');
  const until = untilText ? /^(\d{4})(\d{2})(\d{2})/.exec(untilText) : null;
  if (untilText && !until) return null;
  const ends: RepeatEnds = until ? 'on' : parts.has('COUNT') ? 'after' : 'never';
  const base = {
    ends,
    until: until ? `${until[1]}-${until[2]}-${until[3]}` : '',
    count: parts.get('COUNT') ?? '',
  };
  if (repeats.every === 'month') {
    return { frequency: 'monthly', weekday: repeats.weekday, nth: repeats.nth, ...base };
  }
  if (repeats.weekdays.length !== 1 || repeats.interval > 2) return null;
  return {
    frequency: repeats.interval === 2 ? 'fortnightly' : 'weekly',
    weekday: repeats.weekdays[0]!,
    nth: monthWeekOf(startDate),
    ...base,
  };
}

/**
 * The first date the choices give on or after `startDate`: the session's first date must be one of
 * its dates, so the form moves it forward to the chosen weekday.
 */
export function firstDateFor(choices: RepeatChoices, startDate: string): string {
  const date = new Date(`${startDate}T12:00:00Z`);
  for (let step = 0; step < 62; step += 1) {
    const iso = date.toISOString().slice(0, 10);
    const weekdayFits = isoWeekday(iso) === choices.weekday;
    if (weekdayFits && (choices.frequency !== 'monthly' || monthWeekFits(iso, choices.nth)))
      return iso;
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return startDate;
}

function monthWeekFits(date: string, nth: MonthWeek): boolean {
  if (nth === -1) return monthWeekOf(date) === -1;
  return Math.ceil(Number(date.slice(8, 10)) / 7) === nth;
}
