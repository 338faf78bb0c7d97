import ICAL from 'ical.js';

/**
 * VTIMEZONE definitions for the zones sessions may use, so calendar apps convert wall times with the
 * same rules Village does. Europe/London since 1996 (EU rules): BST from the last Sunday of March at
 * 01:00 UTC (01:00 GMT local), GMT from the last Sunday of October at 01:00 UTC (02:00 BST local).
 * The rules are written out rather than taken from a tz database: ical.js ships none, and these have
 * not changed since 1996.
 */
const VTIMEZONES: Record<string, string> = {
  'Europe/London': [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/London',
    'X-LIC-LOCATION:Europe/London',
    'BEGIN:DAYLIGHT',
    'TZNAME:BST',
    'TZOFFSETFROM:+0000',
    'TZOFFSETTO:+0100',
    'DTSTART:19810329T010000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZNAME:GMT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0000',
    'DTSTART:19961027T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n'),
};

export const SUPPORTED_TIME_ZONES: readonly string[] = Object.keys(VTIMEZONES);

/** A fresh VTIMEZONE component for `tzid`; throws for a zone Village has no rules for. */
export function vtimezone(tzid: string): ICAL.Component {
  const text = VTIMEZONES[tzid];
  if (!text) throw new Error(`No VTIMEZONE for time zone ${tzid}`);
  return ICAL.Component.fromString(text);
}
