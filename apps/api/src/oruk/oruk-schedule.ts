import { recurrenceRuleProblem } from '@village/shared';
import { dateOf, minutesOf, numberOf, Raw, textOf, timeOf } from './oruk-json';

/** When a session meets, as Village stores it. */
export interface SessionTiming {
  /** RRULE without DTSTART. */
  rule: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
}

/** Raised while reading one record: its message is shown to the person importing. */
export class RecordProblem extends Error {}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const BYDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
/** A session with an opening time and no closing time is taken to last this long. */
export const DEFAULT_DURATION_MINUTES = 60;

function list(value: unknown): string[] {
  return (textOf(value) ?? '')
    .toUpperCase()
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Turns an HSDS schedule (RFC 5545 fields: freq, interval, byday, bymonthday, dtstart, until, count,
 * valid_from, valid_to, opens_at, closes_at) into a Village timing. Times are read as local
 * wall-clock time in Europe/London; a UTC offset on `opens_at` is not applied. `today` is the first
 * date when the schedule gives neither `dtstart` nor `valid_from`.
 */
export function timingOf(schedule: Raw, today: string): SessionTiming {
  const byday = list(schedule['byday']);
  const bymonthday = list(schedule['bymonthday']);
  const given = textOf(schedule['freq'])?.toUpperCase();
  // What our own export writes when HSDS's fields cannot hold the rule.
  const written = /RRULE:(\S+)/.exec(textOf(schedule['description']) ?? '')?.[1];
  if (!given && byday.length === 0 && bymonthday.length === 0) {
    if (written)
      return {
        ...timingOf({ ...schedule, description: undefined, freq: 'WEEKLY' }, today),
        rule: checked(written),
      };
    throw new RecordProblem('does not say how often it meets (freq, byday or bymonthday).');
  }
  const freq = given ?? (bymonthday.length > 0 && byday.length === 0 ? 'MONTHLY' : 'WEEKLY');
  if (!FREQUENCIES.has(freq))
    throw new RecordProblem(`repeats "${given}", which is not WEEKLY or MONTHLY.`);

  const interval = numberOf(schedule['interval']) ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 52)
    throw new RecordProblem(
      `has interval ${String(schedule['interval'])}; give a whole number from 1.`,
    );
  for (const day of byday) {
    const match = BYDAY.exec(day);
    if (!match)
      throw new RecordProblem(`has byday "${day}", which is not a day such as TU or 2MO.`);
    if (match[1] && freq !== 'MONTHLY' && freq !== 'YEARLY')
      throw new RecordProblem(`has byday "${day}"; a numbered day needs freq MONTHLY.`);
  }
  for (const day of bymonthday) {
    const n = Number(day);
    if (!Number.isInteger(n) || n === 0 || n < -31 || n > 31)
      throw new RecordProblem(`has bymonthday "${day}", which is not a day of the month.`);
  }

  const startDate = dateOf(schedule['dtstart']) ?? dateOf(schedule['valid_from']) ?? today;
  const ends = [dateOf(schedule['until']), dateOf(schedule['valid_to'])].filter(
    (d): d is string => d !== undefined,
  );
  const until = ends.sort()[0];
  if (until && until < startDate)
    throw new RecordProblem(`ends on ${until}, before it starts on ${startDate}.`);
  const count = numberOf(schedule['count']);

  const dtstartText = textOf(schedule['dtstart']);
  const startTime =
    timeOf(schedule['opens_at']) ??
    (dtstartText?.includes('T') ? timeOf(dtstartText.split('T')[1]) : undefined);
  if (!startTime) throw new RecordProblem('has no opening time (opens_at such as 10:00).');
  const closes = timeOf(schedule['closes_at']);
  if (schedule['closes_at'] !== undefined && schedule['closes_at'] !== null && !closes)
    throw new RecordProblem(
      `has closes_at "${String(schedule['closes_at'])}", which is not a time.`,
    );
  const durationMinutes = closes
    ? minutesOf(closes) - minutesOf(startTime)
    : DEFAULT_DURATION_MINUTES;
  if (durationMinutes <= 0)
    throw new RecordProblem(`closes at ${closes}, before it opens at ${startTime}.`);

  const parts = [`FREQ=${freq}`];
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  if (byday.length) parts.push(`BYDAY=${byday.join(',')}`);
  if (bymonthday.length) parts.push(`BYMONTHDAY=${bymonthday.join(',')}`);
  if (until) parts.push(`UNTIL=${until.replace(/-/g, '')}T235959Z`);
  else if (count !== undefined && Number.isInteger(count) && count > 0)
    parts.push(`COUNT=${count}`);
  return { rule: checked(parts.join(';')), startDate, startTime, durationMinutes };
}

function checked(rule: string): string {
  const problem = recurrenceRuleProblem(rule);
  if (problem) throw new RecordProblem(problem);
  return rule;
}

/** HSDS schedule fields (freq … closes_at) for a Village session's timing. */
export interface HsdsScheduleFields {
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  dtstart: string;
  until?: string;
  count?: number;
  opens_at: string;
  closes_at: string;
  description?: string;
}

function addMinutes(time: string, minutes: number): string {
  const total = (minutesOf(time) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The HSDS fields for a timing. HSDS schedules repeat only WEEKLY or MONTHLY: a daily rule becomes
 * weekly on every day; anything else HSDS cannot say (yearly rules, BYMONTH, BYSETPOS) is kept as
 * the rule in `description` for people to read.
 */
export function hsdsScheduleOf(timing: SessionTiming): HsdsScheduleFields {
  const rule = new Map(
    timing.rule.split(';').map((part) => {
      const [key, value] = part.split('=');
      return [key!.toUpperCase(), value ?? ''] as const;
    }),
  );
  const fields: HsdsScheduleFields = {
    dtstart: timing.startDate,
    opens_at: timing.startTime.slice(0, 5),
    closes_at: addMinutes(timing.startTime.slice(0, 5), timing.durationMinutes),
  };
  const interval = Number(rule.get('INTERVAL') ?? '1');
  const freq = rule.get('FREQ');
  const understood = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT']);
  const exact = [...rule.keys()].every((key) => understood.has(key));
  if ((freq === 'WEEKLY' || freq === 'MONTHLY') && exact) {
    fields.freq = freq;
    if (interval > 1) fields.interval = interval;
    if (rule.get('BYDAY')) fields.byday = rule.get('BYDAY');
    if (rule.get('BYMONTHDAY')) fields.bymonthday = rule.get('BYMONTHDAY');
  } else if (freq === 'DAILY' && interval === 1 && exact && !rule.get('BYMONTHDAY')) {
    fields.freq = 'WEEKLY';
    fields.byday = rule.get('BYDAY') || WEEKDAYS.join(',');
  } else {
    fields.description = `Repeats: RRULE:${timing.rule}`;
  }
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(rule.get('UNTIL') ?? '');
  if (until) fields.until = `${until[1]}-${until[2]}-${until[3]}`;
  const count = Number(rule.get('COUNT'));
  if (Number.isInteger(count) && count > 0) fields.count = count;
  return fields;
}
