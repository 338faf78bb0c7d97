/** Every session is run, and every time shown, in the town's own time zone, wherever the phone is. */
export const TOWN_TIME_ZONE = 'Europe/London';

const dayFormat: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: TOWN_TIME_ZONE };
const timeFormat: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: TOWN_TIME_ZONE };

/** "Tuesday 14 October" */
export function formatDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, dayFormat).format(new Date(iso));
}

/** "14 October 2025" */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TOWN_TIME_ZONE }).format(new Date(iso));
}

/** "10:00–11:30" */
export function formatTimeRange(startIso: string, endIso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, timeFormat).formatRange(new Date(startIso), new Date(endIso));
}

/** "Tuesday 14 October, 10:00–11:30" */
export function formatDayAndTimeRange(startIso: string, endIso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...dayFormat, ...timeFormat }).formatRange(new Date(startIso), new Date(endIso));
}

/** The calendar day in the town, for grouping: "2025-10-14". */
export function townDayKey(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TOWN_TIME_ZONE }).format(
    new Date(iso),
  );
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
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, hours, minutes)),
  );
}

/** Pence as pounds: "£2.50", "2,50 £". */
export function formatPence(pence: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol' }).format(pence / 100);
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
