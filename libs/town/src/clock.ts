/**
 * The town's calendar. Every date is computed from one fixed "today" rather than the real clock,
 * so the same seed gives the same town whenever it is generated.
 */
export const TOWN_TODAY = '2026-11-22';

export const DAY_MS = 86_400_000;
export const TODAY_MS = Date.parse(`${TOWN_TODAY}T00:00:00Z`);
/** The platform went live two years before "today": no record is older than this. */
export const LAUNCH_MS = TODAY_MS - 730 * DAY_MS;

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const dayNames = new Map<number, string>();

/**
 * `YYYY-MM-DDTHH:MM:SSZ`, whole seconds, UTC. A large town needs millions of these, so the date part
 * is formatted once per day and the time from a table of two-digit strings.
 */
export function timestamp(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const day = Math.floor(seconds / 86_400);
  let date = dayNames.get(day);
  if (date === undefined) {
    date = isoDate(day * DAY_MS);
    dayNames.set(day, date);
  }
  const time = seconds - day * 86_400;
  return `${date}T${TWO_DIGITS[Math.floor(time / 3600)]}:${TWO_DIGITS[Math.floor(time / 60) % 60]}:${TWO_DIGITS[time % 60]}Z`;
}

/** `YYYY-MM-DD` (UTC). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** First day (`YYYY-MM-01`) of the month `offset` months from today's month (negative = past). */
export function monthFromToday(offset: number): string {
  const today = new Date(TODAY_MS);
  return isoDate(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(ms: number): number {
  return ((new Date(ms).getUTCDay() + 6) % 7) + 1;
}

/**
 * How far a generated town's calendar moves when it is loaded, so that its "today" is the real one:
 * whole days for timestamps, whole weeks for session dates (a session keeps its weekday), whole
 * months for the months families give (due month, children's birth months). Without it the demo
 * town ages: its open help posts expire about a month after `TOWN_TODAY` and the board empties.
 */
export interface TownDateShift {
  days: number;
  /** `days` rounded down to whole weeks. */
  sessionDays: number;
  months: number;
}

export const NO_SHIFT: TownDateShift = { days: 0, sessionDays: 0, months: 0 };

/** The shift that makes the town's "today" the UTC day of `nowMs`. */
export function townDateShift(nowMs: number): TownDateShift {
  const days = Math.floor((nowMs - TODAY_MS) / DAY_MS);
  const today = new Date(TODAY_MS);
  const now = new Date(nowMs);
  const months =
    (now.getUTCFullYear() - today.getUTCFullYear()) * 12 + now.getUTCMonth() - today.getUTCMonth();
  return { days, sessionDays: Math.floor(days / 7) * 7, months };
}

/** A `YYYY-MM-DD` date moved by whole days. */
export function shiftDate(date: string, days: number): string {
  return days === 0 ? date : isoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/** A `YYYY-MM-01` month moved by whole months. */
export function shiftMonth(month: string, months: number): string {
  if (months === 0) return month;
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return isoDate(Date.UTC(year, monthNumber - 1 + months, 1));
}
