import type { RecurringSchedule } from '@village/shared';
import ICAL from 'ical.js';
import { RRule } from 'rrule';
import { vtimezone } from './time-zones';

/** A public place a session happens at; its exact position is public (docs/privacy.md). */
export interface FeedPlace {
  name: string;
  address: string;
  postcode: string;
  latitude: number;
  longitude: number;
}

/** One recurring session as a calendar event: its schedule in local wall time and where it is. */
export interface FeedSession {
  id: string;
  title: string;
  description: string;
  /** When it happens, as Village stores and expands it (libs/shared recurrence). */
  schedule: RecurringSchedule;
  /** Who runs it, for the description. */
  groupName: string;
  place: FeedPlace;
  /** The web page about it (absolute). */
  url: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Feed {
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** Absolute URL of the feed itself. */
  source?: string;
  sessions: readonly FeedSession[];
}

export const PRODID = '-//Village//Public session calendars//EN';
/** How often subscribers should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
export const REFRESH_INTERVAL = 'PT6H';

/** Globally unique and stable for as long as the session exists, whatever the site is called. */
export const sessionUid = (sessionId: string): string => `session-${sessionId}@village`;

/**
 * Calendar-wide text properties that ical.js does not know (RFC 7986's NAME and the X-WR- names
 * calendar apps read). Declared as TEXT so ical.js escapes them as it escapes SUMMARY; unknown
 * properties are otherwise written raw, and a line break in a group's name would start a property
 * or a VEVENT of its own.
 */
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc'])
  ICAL.design.icalendar.property[name] ??= { defaultType: 'text' };

/**
 * ical.js folds the first line at `foldLength` octets and puts up to as many again after each
 * continuation's leading space; RFC 5545 counts that space, so 74 keeps every line within 75.
 */
ICAL.foldLength = 74;

/** Line breaks of every kind: CRLF, a bare CR or LF, and Unicode's line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
/** RFC 5545 TEXT allows no control character but HTAB; LF is written escaped as `\n`. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text as it may go into a TEXT property: line breaks as LF (which ical.js escapes as `\n`), other
 * control characters dropped. Names (`oneLine`) get a space for each line break instead.
 */
export function feedText(text: string, { oneLine = false } = {}): string {
  const cleaned = text.replace(LINE_BREAK, '\n').replace(CONTROL, '');
  return oneLine ? cleaned.replace(/\n+/g, ' ').replace(/ {2,}/g, ' ').trim() : cleaned;
}

/** A local wall-clock time (no zone attached: the TZID parameter says which zone). */
function wallTime(date: string, time: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  return ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate: false });
}

/**
 * The cancelled dates on which the rule really has an occurrence. Others mean nothing, and ical.js 2.2
 * (which Thunderbird uses) skips the check of the next EXDATE after passing one that matched no
 * occurrence, so a stray one could bring a cancelled date back.
 */
export function cancelledOccurrenceDates(schedule: RecurringSchedule): string[] {
  const [year, month, day] = schedule.startDate.split('-').map(Number) as [number, number, number];
  const [hour = 0, minute = 0] = schedule.startTime.split(':').map(Number);
  // Expanded in wall-clock time written as UTC, as libs/shared's recurrence helpers do.
  const rule = new RRule({
    ...RRule.parseString(schedule.rule),
    dtstart: new Date(Date.UTC(year, month - 1, day, hour, minute)),
  });
  return [...new Set(schedule.cancelledDates ?? [])].sort().filter((date) => {
    const dayStart = Date.parse(`${date}T00:00:00Z`);
    return rule.between(new Date(dayStart), new Date(dayStart + 86_399_999), true).length > 0;
  });
}

function zonedProperty(name: string, time: ICAL.Time, tzid: string): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(time);
  property.setParameter('tzid', tzid);
  return property;
}

function location(place: FeedPlace): string {
  return [place.name, place.address, place.postcode]
    .map((part) => feedText(part, { oneLine: true }))
    .filter(Boolean)
    .join(', ');
}

function eventOf(session: FeedSession): ICAL.Component {
  const { schedule } = session;
  const event = new ICAL.Component('vevent');
  const start = wallTime(schedule.startDate, schedule.startTime);
  event.addPropertyWithValue('uid', sessionUid(session.id));
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(session.updatedAt, true));
  event.addPropertyWithValue('created', ICAL.Time.fromJSDate(session.createdAt, true));
  event.addPropertyWithValue('last-modified', ICAL.Time.fromJSDate(session.updatedAt, true));
  event.addProperty(zonedProperty('dtstart', start, schedule.timeZone));
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(schedule.durationMinutes * 60));
  event.addPropertyWithValue('rrule', ICAL.Recur.fromString(schedule.rule));
  for (const date of cancelledOccurrenceDates(schedule))
    event.addProperty(
      zonedProperty('exdate', wallTime(date, schedule.startTime), schedule.timeZone),
    );
  event.addPropertyWithValue('summary', feedText(session.title, { oneLine: true }));
  const description = [
    feedText(session.description).trim(),
    `Run by ${feedText(session.groupName, { oneLine: true })}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  event.addPropertyWithValue('description', description);
  event.addPropertyWithValue('location', location(session.place));
  const geo = new ICAL.Property('geo');
  geo.setValue([session.place.latitude, session.place.longitude]);
  event.addProperty(geo);
  event.addPropertyWithValue('url', session.url);
  return event;
}

/**
 * An RFC 5545 calendar of recurring sessions (every text escaped and every line folded at 75 octets
 * by ical.js, after `feedText`): one VEVENT per session with its rule, cancelled dates
 * as EXDATEs and times in local wall time with a TZID, plus the VTIMEZONE for every zone used, so a
 * calendar app keeps "Tuesdays 10:00" at 10:00 across the clock changes exactly as Village does.
 */
export function renderCalendar(feed: Feed): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  const name = feedText(feed.name, { oneLine: true });
  calendar.addPropertyWithValue('x-wr-calname', name);
  calendar.addPropertyWithValue('name', name);
  const description = feed.description && feedText(feed.description).trim();
  if (description) {
    calendar.addPropertyWithValue('x-wr-caldesc', description);
    calendar.addPropertyWithValue('description', description);
  }
  if (feed.source) calendar.addPropertyWithValue('source', feed.source);
  // ical.js writes the VALUE=DURATION parameter RFC 7986 asks for, as DURATION is not the default.
  calendar.addPropertyWithValue('refresh-interval', ICAL.Duration.fromString(REFRESH_INTERVAL));
  calendar.addPropertyWithValue('x-published-ttl', REFRESH_INTERVAL);

  const zones = [...new Set(feed.sessions.map((session) => session.schedule.timeZone))].sort();
  if (zones.length === 1) calendar.addPropertyWithValue('x-wr-timezone', zones[0]);
  for (const zone of zones) calendar.addSubcomponent(vtimezone(zone));
  for (const session of feed.sessions) calendar.addSubcomponent(eventOf(session));
  return calendar.toString() + '\r\n';
}
