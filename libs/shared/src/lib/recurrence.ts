import { Frequency, RRule } from 'rrule';

/** A recurring gathering as stored: an RFC 5545 RRULE plus a local first date and time in a time zone. */
export interface RecurringSchedule {
  /** RRULE body without DTSTART, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`. */
  rule: string;
  /** First date, `YYYY-MM-DD`, in the schedule's time zone. */
  startDate: string;
  /** Local wall-clock start, `HH:MM`. */
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  /** Local dates (`YYYY-MM-DD`) on which the gathering does not happen. */
  cancelledDates?: readonly string[];
}

export interface Occurrence {
  start: Date;
  end: Date;
}

const ALLOWED_FREQUENCIES = new Set([
  Frequency.DAILY,
  Frequency.WEEKLY,
  Frequency.MONTHLY,
  Frequency.YEARLY,
]);
const DAY_MS = 86_400_000;

/** Returns a human-readable reason the rule is unusable, or null when it is fine. */
export function recurrenceRuleProblem(rule: string): string | null {
  if (/DTSTART|TZID/i.test(rule))
    return 'Give the first date and time separately, not inside the rule.';
  try {
    const options = RRule.parseString(rule);
    if (options.freq === undefined)
      return 'The rule needs a FREQ, for example FREQ=WEEKLY;BYDAY=TU.';
    if (!ALLOWED_FREQUENCIES.has(options.freq))
      return 'Sessions can repeat daily, weekly, monthly or yearly.';
    return null;
  } catch {
    return 'The recurrence rule is not valid RFC 5545, for example FREQ=WEEKLY;BYDAY=TU.';
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An en-GB Intl.DateTimeFormat, made once per set of options: making one costs far more than
 * formatting with it (making them dominated search time).
 */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', options);
    formats.set(key, format);
  }
  return format;
}

/** Offset of a time zone from UTC, in milliseconds, at an instant. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = dateTimeFormat({
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/** Converts a wall-clock time (given as if it were UTC) in a time zone to the real instant. */
export function wallTimeToInstant(wallAsUtcMs: number, timeZone: string): Date {
  const firstGuess = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs, timeZone);
  return new Date(wallAsUtcMs - zoneOffsetMs(firstGuess, timeZone));
}

function wallClockStart(schedule: RecurringSchedule): Date {
  const [year, month, day] = schedule.startDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = schedule.startTime.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** Every occurrence starting within [fromMs, toMs), expanded from the rule's first date. */
function expand(schedule: RecurringSchedule, fromMs: number, toMs: number): Occurrence[] {
  const rule = new RRule({
    ...RRule.parseString(schedule.rule),
    dtstart: wallClockStart(schedule),
  });
  const cancelled = new Set(schedule.cancelledDates ?? []);
  // Wall-clock times differ from instants by at most a day, so widen the window and filter after.
  const wallStarts = rule.between(new Date(fromMs - DAY_MS), new Date(toMs + DAY_MS), true);
  const occurrences: Occurrence[] = [];
  for (const wallStart of wallStarts) {
    if (cancelled.has(wallStart.toISOString().slice(0, 10))) continue;
    const start = wallTimeToInstant(wallStart.getTime(), schedule.timeZone);
    if (start.getTime() < fromMs || start.getTime() >= toMs) continue;
    occurrences.push({ start, end: new Date(start.getTime() + schedule.durationMinutes * 60_000) });
  }
  return occurrences;
}

/**
 * Expansions by schedule and whole-day window. The rule library walks from the first date on every
 * call (years of weeks for an old weekly group), so a day's searches share one expansion each.
 */
const expansions = new Map<string, Occurrence[]>();
const EXPANSIONS_KEPT = 20_000;

function expandWholeDays(schedule: RecurringSchedule, from: Date, to: Date): Occurrence[] {
  const fromMs = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
  const toMs = Math.ceil(to.getTime() / DAY_MS) * DAY_MS;
  const key = [
    schedule.rule,
    schedule.startDate,
    schedule.startTime,
    schedule.durationMinutes,
    schedule.timeZone,
    schedule.cancelledDates?.join(',') ?? '',
    fromMs,
    toMs,
  ].join('|');
  let occurrences = expansions.get(key);
  if (!occurrences) {
    occurrences = expand(schedule, fromMs, toMs);
    if (expansions.size >= EXPANSIONS_KEPT) expansions.clear();
    expansions.set(key, occurrences);
  }
  return occurrences;
}

/**
 * Occurrences starting within [from, to), at most `limit`. The rule is expanded in wall-clock time and
 * each start converted with the zone's offset on that day, so 10:00 stays 10:00 across clock changes.
 */
export function occurrencesBetween(
  schedule: RecurringSchedule,
  from: Date,
  to: Date,
  limit = 50,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const occurrence of expandWholeDays(schedule, from, to)) {
    if (occurrence.start < from || occurrence.start >= to) continue;
    occurrences.push({ start: occurrence.start, end: occurrence.end });
    if (occurrences.length >= limit) break;
  }
  return occurrences;
}

/** The next `count` occurrences at or after `from`, looking up to a year ahead. */
export function nextOccurrences(
  schedule: RecurringSchedule,
  from: Date,
  count: number,
): Occurrence[] {
  return occurrencesBetween(schedule, from, new Date(from.getTime() + 366 * DAY_MS), count);
}
