import { RRule } from 'rrule';

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
  /** Dates moved elsewhere, by the date the rule gives them (`occursOn`): their new local start. */
  movedDates?: Readonly<Record<string, DateMove>>;
  /** From a date on, the dates start at another local time (and may last another length). */
  timeChanges?: readonly TimeChange[];
}

/** Where one date of a schedule went: a local date and wall-clock time in the schedule's zone. */
export interface DateMove {
  /** `YYYY-MM-DD`. */
  toDate: string;
  /** `HH:MM`. */
  toTime: string;
}

/** The dates on and after `fromDate` (`YYYY-MM-DD`) start at `startTime` and last `durationMinutes`. */
export interface TimeChange {
  fromDate: string;
  startTime: string;
  durationMinutes: number;
}

export interface Occurrence {
  start: Date;
  end: Date;
}

/** One date of a schedule as expanded: when it is, its name, and what the organisers changed. */
export interface DatedOccurrence extends Occurrence {
  /** The date the rule gives it, `YYYY-MM-DD` local: its name, which stays when it is moved. */
  occursOn: string;
  /** Only when asked for (`includeCancelled`): a date that does not happen. */
  cancelled: boolean;
  /** When moved: the start it had before. */
  movedFrom: Date | null;
}

export interface OccurrenceOptions {
  /** Also list the cancelled dates, marked `cancelled`, at the time they would have been. */
  includeCancelled?: boolean;
}

const SUPPORTED_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const UNSUPPORTED_FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY'];
const DAY_MS = 86_400_000;

/** RFC 5545 rule parts with integer values and their allowed magnitudes (0 is never allowed where negatives are). */
const INTEGER_PARTS: Record<string, { min: number; max: number; signed: boolean }> = {
  BYSECOND: { min: 0, max: 60, signed: false },
  BYMINUTE: { min: 0, max: 59, signed: false },
  BYHOUR: { min: 0, max: 23, signed: false },
  BYMONTHDAY: { min: 1, max: 31, signed: true },
  BYYEARDAY: { min: 1, max: 366, signed: true },
  BYWEEKNO: { min: 1, max: 53, signed: true },
  BYMONTH: { min: 1, max: 12, signed: false },
  BYSETPOS: { min: 1, max: 366, signed: true },
};
const WEEKDAY = /^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const KNOWN_PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYDAY',
  'WKST',
  ...Object.keys(INTEGER_PARTS),
]);

/** The RFC 5545 section 3.3.10 rules the rrule library does not enforce, as a plain-words problem. */
function rulePartsProblem(rule: string): string | null {
  const parts = new Map<string, string>();
  for (const part of rule.split(';').filter(Boolean)) {
    const [name = '', value, ...rest] = part.split('=');
    const key = name.toUpperCase();
    if (value === undefined || rest.length || !KNOWN_PARTS.has(key))
      return `The recurrence rule is not valid RFC 5545: "${part}" is not a rule part (write, for example, FREQ=WEEKLY;BYDAY=TU).`;
    if (parts.has(key)) return `${key} may appear only once in the rule.`;
    parts.set(key, value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (!freq) return 'The rule needs a FREQ, for example FREQ=WEEKLY;BYDAY=TU.';
  if (UNSUPPORTED_FREQUENCIES.includes(freq))
    return `Sessions cannot repeat ${freq}; use DAILY, WEEKLY, MONTHLY or YEARLY.`;
  if (!SUPPORTED_FREQUENCIES.includes(freq))
    return `FREQ=${freq} is not a frequency; use DAILY, WEEKLY, MONTHLY or YEARLY.`;
  if (parts.has('COUNT') && parts.has('UNTIL'))
    return 'A rule can end with COUNT or with UNTIL, not both.';
  for (const key of ['COUNT', 'INTERVAL']) {
    const value = parts.get(key);
    if (value !== undefined && !/^[1-9]\d{0,8}$/.test(value))
      return `${key} must be a whole number of at least 1.`;
  }
  for (const [key, range] of Object.entries(INTEGER_PARTS)) {
    const value = parts.get(key);
    if (value === undefined) continue;
    for (const item of value.split(',')) {
      const number = /^[+-]?\d{1,3}$/.test(item) ? Number(item) : NaN;
      const magnitude = Math.abs(number);
      if (
        Number.isNaN(number) ||
        (!range.signed && item.startsWith('-')) ||
        magnitude < range.min ||
        magnitude > range.max
      )
        return `${key} must list numbers from ${range.signed ? `${-range.max} to -${range.min} or ` : ''}${range.min} to ${range.max}; "${item}" is not one.`;
    }
  }
  if (freq === 'WEEKLY' && parts.has('BYMONTHDAY'))
    return 'BYMONTHDAY cannot be used with FREQ=WEEKLY; use BYDAY for the weekday.';
  if (freq !== 'YEARLY' && parts.has('BYYEARDAY'))
    return `BYYEARDAY can only be used with FREQ=YEARLY, not FREQ=${freq}.`;
  if (freq !== 'YEARLY' && parts.has('BYWEEKNO'))
    return `BYWEEKNO can only be used with FREQ=YEARLY, not FREQ=${freq}.`;
  const byday = parts.get('BYDAY');
  if (byday !== undefined) {
    for (const item of byday.split(',')) {
      const match = WEEKDAY.exec(item);
      if (!match) return `BYDAY must list weekdays such as TU or 2TU; "${item}" is not one.`;
      if (match[2] === undefined) continue;
      const ordinal = Number(match[2]);
      if (freq !== 'MONTHLY' && freq !== 'YEARLY')
        return `A numbered weekday such as ${item} needs FREQ=MONTHLY or FREQ=YEARLY, not FREQ=${freq}.`;
      if (freq === 'YEARLY' && parts.has('BYWEEKNO'))
        return `A numbered weekday such as ${item} cannot be used with BYWEEKNO.`;
      const most = freq === 'MONTHLY' ? 5 : 53;
      if (ordinal < 1 || ordinal > most)
        return `In ${item} the week number must be 1 to ${most} (or -1 to -${most}).`;
    }
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(wkst))
    return `WKST must be a weekday such as MO; "${wkst}" is not one.`;
  if (
    parts.has('BYSETPOS') &&
    ![...parts.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS')
  )
    return 'BYSETPOS needs another BY part (such as BYDAY) to pick from.';
  return null;
}

/** Returns a human-readable reason the rule is unusable, or null when it is fine. */
export function recurrenceRuleProblem(rule: string): string | null {
  if (/DTSTART|TZID/i.test(rule))
    return 'Give the first date and time separately, not inside the rule.';
  const problem = rulePartsProblem(rule);
  if (problem) return problem;
  try {
    RRule.parseString(rule);
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

/**
 * Converts a wall-clock time (given as if it were UTC) in a time zone to the real instant, as RFC 5545
 * (3.3.5) says: a time that happens twice (autumn) is its first occurrence, and a time that does not
 * exist (spring) is moved forward by the gap, i.e. read with the offset in force before it.
 */
export function wallTimeToInstant(wallAsUtcMs: number, timeZone: string): Date {
  // The offsets either side of any clock change near this time (London's change at most once a day).
  const before = zoneOffsetMs(wallAsUtcMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallAsUtcMs + DAY_MS, timeZone);
  // The larger offset gives the earlier instant; an offset fits when it is in force at its instant.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    if (zoneOffsetMs(wallAsUtcMs - offset, timeZone) === offset)
      return new Date(wallAsUtcMs - offset);
  }
  return new Date(wallAsUtcMs - before);
}

/** The rule with its first date at its first start time, in wall-clock time written as UTC. */
function ruleOf(schedule: RecurringSchedule): RRule {
  return new RRule({
    ...RRule.parseString(schedule.rule),
    dtstart: wallTime(schedule.startDate, schedule.startTime),
  });
}

/** A local date and `HH:MM` as wall-clock time written as UTC. */
function wallTime(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** The start time and length in force on a date, after the time changes made up to it. */
export function timeOn(
  schedule: RecurringSchedule,
  occursOn: string,
): { startTime: string; durationMinutes: number } {
  let inForce: { fromDate: string; startTime: string; durationMinutes: number } = {
    fromDate: '',
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
  };
  for (const change of schedule.timeChanges ?? [])
    if (change.fromDate <= occursOn && change.fromDate >= inForce.fromDate) inForce = change;
  return { startTime: inForce.startTime.slice(0, 5), durationMinutes: inForce.durationMinutes };
}

/** Whether the rule itself gives a date on `occursOn` (cancelled or moved or not). */
export function isRuleDate(schedule: RecurringSchedule, occursOn: string): boolean {
  if (!isLocalDateText(occursOn)) return false;
  const day = Date.parse(`${occursOn}T00:00:00Z`);
  return ruleOf(schedule).between(new Date(day), new Date(day + DAY_MS - 1), true).length > 0;
}

function isLocalDateText(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** The date named `occursOn` as it stands: cancelled or not, at its moved or changed time. */
function occurrenceNamed(schedule: RecurringSchedule, occursOn: string): DatedOccurrence {
  const { startTime, durationMinutes } = timeOn(schedule, occursOn);
  const planned = wallTimeToInstant(wallTime(occursOn, startTime).getTime(), schedule.timeZone);
  const cancelled = (schedule.cancelledDates ?? []).includes(occursOn);
  const move = cancelled ? undefined : schedule.movedDates?.[occursOn];
  const start = move
    ? wallTimeToInstant(wallTime(move.toDate, move.toTime).getTime(), schedule.timeZone)
    : planned;
  return {
    start,
    end: new Date(start.getTime() + durationMinutes * 60_000),
    occursOn,
    cancelled,
    movedFrom: move ? planned : null,
  };
}

/**
 * Every occurrence starting within [fromMs, toMs), cancelled ones included and marked, soonest
 * first. A moved date is listed where it went; a move or change naming no date of the rule is ignored
 * (the organiser changed the rule since).
 */
function expand(schedule: RecurringSchedule, fromMs: number, toMs: number): DatedOccurrence[] {
  const moved = schedule.movedDates ?? {};
  const cancelled = new Set(schedule.cancelledDates ?? []);
  // Wall-clock times differ from instants by at most a day, and a changed time moves a date within
  // its day, so widen the window and filter after.
  const wallStarts = ruleOf(schedule).between(
    new Date(fromMs - 2 * DAY_MS),
    new Date(toMs + 2 * DAY_MS),
    true,
  );
  const names = wallStarts
    .map((wallStart) => wallStart.toISOString().slice(0, 10))
    .filter((occursOn) => !moved[occursOn] || cancelled.has(occursOn));
  for (const occursOn of Object.keys(moved))
    if (!cancelled.has(occursOn) && isRuleDate(schedule, occursOn)) names.push(occursOn);
  return names
    .map((occursOn) => occurrenceNamed(schedule, occursOn))
    .filter((o) => o.start.getTime() >= fromMs && o.start.getTime() < toMs)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.occursOn.localeCompare(b.occursOn));
}

/**
 * Expansions by schedule and whole-day window. The rule library walks from the first date on every
 * call (years of weeks for an old weekly group), so a day's searches share one expansion each.
 */
const expansions = new Map<string, DatedOccurrence[]>();
const EXPANSIONS_KEPT = 20_000;

function expandWholeDays(schedule: RecurringSchedule, from: Date, to: Date): DatedOccurrence[] {
  const fromMs = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
  const toMs = Math.ceil(to.getTime() / DAY_MS) * DAY_MS;
  const key = [
    schedule.rule,
    schedule.startDate,
    schedule.startTime,
    schedule.durationMinutes,
    schedule.timeZone,
    schedule.cancelledDates?.join(',') ?? '',
    JSON.stringify(schedule.movedDates ?? {}),
    JSON.stringify(schedule.timeChanges ?? []),
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
 * Moved dates are where they went; cancelled ones are left out unless `includeCancelled`.
 */
export function occurrencesBetween(
  schedule: RecurringSchedule,
  from: Date,
  to: Date,
  limit = 50,
  { includeCancelled = false }: OccurrenceOptions = {},
): DatedOccurrence[] {
  const occurrences: DatedOccurrence[] = [];
  for (const occurrence of expandWholeDays(schedule, from, to)) {
    if (occurrence.start < from || occurrence.start >= to) continue;
    if (occurrence.cancelled && !includeCancelled) continue;
    occurrences.push({ ...occurrence });
    if (occurrences.length >= limit) break;
  }
  return occurrences;
}

/** The next `count` occurrences at or after `from`, looking up to a year ahead. */
export function nextOccurrences(
  schedule: RecurringSchedule,
  from: Date,
  count: number,
  options: OccurrenceOptions = {},
): DatedOccurrence[] {
  return occurrencesBetween(
    schedule,
    from,
    new Date(from.getTime() + 366 * DAY_MS),
    count,
    options,
  );
}

/** The local date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat({ timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** The local date (`YYYY-MM-DD`) and wall-clock time (`HH:MM`) of an instant in a time zone. */
export function localDateTimeOf(instant: Date, timeZone: string): { date: string; time: string } {
  const time = dateTimeFormat({ timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { date: localDateOf(instant, timeZone), time: time.format(instant) };
}

/**
 * The occurrence whose own local date is `occursOn` (`YYYY-MM-DD`, the date the rule gives it), at
 * its moved or changed time; null when the rule has no date that day, or it is cancelled (unless
 * `includeCancelled`). Going and check-in name one date of a session this way.
 */
export function occurrenceOn(
  schedule: RecurringSchedule,
  occursOn: string,
  { includeCancelled = false }: OccurrenceOptions = {},
): DatedOccurrence | null {
  if (!isRuleDate(schedule, occursOn)) return null;
  const occurrence = occurrenceNamed(schedule, occursOn);
  return occurrence.cancelled && !includeCancelled ? null : occurrence;
}
