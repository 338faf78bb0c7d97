/** Every session is run, and every time shown, in the town's own time zone, wherever the phone is. */
export const TOWN_TIME_ZONE = 'Europe/London';

const dayFormat: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: TOWN_TIME_ZONE,
};

/**
 * A 24-hour clock in every language: "09:30–11:00". Urdu's default 12-hour times carry Latin "AM"/"PM",
 * which the bidirectional algorithm scatters around a right-to-left line; digits alone read cleanly.
 */
function clock(timeZone = TOWN_TIME_ZONE): Intl.DateTimeFormatOptions {
  return { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone };
}

/** "Tuesday 14 October" */
export function formatDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, dayFormat).format(new Date(iso));
}

/** "14 October 2025" */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TOWN_TIME_ZONE }).format(
    new Date(iso),
  );
}

/** "10:00–11:30" */
export function formatTimeRange(startIso: string, endIso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, clock()).formatRange(new Date(startIso), new Date(endIso));
}

/** "Tuesday 14 October, 10:00–11:30" */
export function formatDayAndTimeRange(startIso: string, endIso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...dayFormat, ...clock() }).formatRange(
    new Date(startIso),
    new Date(endIso),
  );
}

/** The calendar day in the town, for grouping: "2025-10-14". */
export function townDayKey(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TOWN_TIME_ZONE,
  }).format(new Date(iso));
}

/** The day `count` days after a "YYYY-MM-DD" day. */
export function addDays(dayKey: string, count: number): string {
  const [year = 0, month = 1, day = 1] = dayKey.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + count)).toISOString().slice(0, 10);
}

/** The instant a town day begins: midnight in London, which is 23:00 UTC the day before in summer. */
export function townMidnight(dayKey: string): string {
  const [year = 0, month = 1, day = 1] = dayKey.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The clocks change at 01:00 UTC, so the offset in force at UTC midnight is the one at local midnight.
  const offset = new Intl.DateTimeFormat('en-GB', {
    timeZone: TOWN_TIME_ZONE,
    timeZoneName: 'longOffset',
  })
    .formatToParts(utcMidnight)
    .find((part) => part.type === 'timeZoneName')?.value;
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? '') ?? [];
  const offsetMs = sign
    ? (sign === '+' ? 1 : -1) * (Number(hours) * 60 + Number(minutes)) * 60_000
    : 0;
  return new Date(utcMidnight - offsetMs).toISOString();
}

/** A short name for a town day, for a day picker: "Mon 12". */
export function formatShortDay(dayKey: string, locale: string): string {
  const [year = 0, month = 1, day = 1] = dayKey.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** ISO weekday (1 is Monday) as a name in the given language. */
export function weekdayName(isoWeekday: number, locale: string): string {
  // 1 January 2024 was a Monday; formatting in UTC keeps the date from shifting.
  const date = new Date(Date.UTC(2024, 0, isoWeekday));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** A local "HH:MM" wall-clock time written the way the language writes times. */
export function formatClockTime(hhmm: string, locale: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, clock('UTC')).format(
    new Date(Date.UTC(2024, 0, 1, hours, minutes)),
  );
}

/** Pence as pounds: "£2.50", "2,50 £". */
export function formatPence(pence: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'GBP',
    currencyDisplay: 'narrowSymbol',
  }).format(pence / 100);
}

/** "English, Urdu and Polish" */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** An ISO 639 code's name in the given language, or null when Intl does not know it. */
export function intlLanguageName(code: string, locale: string): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name ?? null;
  } catch {
    return null;
  }
}

/** "14 October 2025, 10:30": when something happened, in the town's time. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...clock(),
  }).format(new Date(iso));
}

/** "10:30": a time today, in the town's time. */
export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, clock()).format(new Date(iso));
}

/** A "YYYY-MM" month: "March 2026". */
export function formatMonth(month: string, locale: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 15)));
}

/** A child's age as parents say it: months under two ("7 months"), then years ("3 years"). */
export function formatAge(months: number, locale: string): string {
  const inYears = months >= 24;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: inYears ? 'year' : 'month',
    unitDisplay: 'long',
  }).format(inYears ? Math.floor(months / 12) : Math.max(months, 0));
}

/**
 * Someone's own words (a name, a group) set inside a translated sentence, isolated so their direction
 * does not reorder the sentence around them: an English group name in an Urdu line stays in one piece.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A distance as people say it: "450 m" under a kilometre, then "1.2 km". */
export function formatDistance(metres: number, locale: string): string {
  const inKm = metres >= 1000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: inKm ? 'kilometer' : 'meter',
    unitDisplay: 'short',
    maximumFractionDigits: inKm ? 1 : 0,
  }).format(inKm ? metres / 1000 : Math.round(metres / 10) * 10);
}

/** "12 min", "1 hr, 5 min": a duration in minutes. */
export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(Math.max(1, Math.round(minutes)));
}
