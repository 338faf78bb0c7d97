import { RecurringSchedule, timeOn, wallTimeToInstant } from '@village/shared';
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

/** The rule in wall-clock time written as UTC, as libs/shared's recurrence helpers expand it. */
function wallRule(schedule: RecurringSchedule): RRule {
  const [year, month, day] = schedule.startDate.split('-').map(Number) as [number, number, number];
  const [hour = 0, minute = 0] = schedule.startTime.split(':').map(Number);
  return new RRule({
    ...RRule.parseString(schedule.rule),
    dtstart: new Date(Date.UTC(year, month - 1, day, hour, minute)),
  });
}

/** The rule's dates (`YYYY-MM-DD`, local) within [fromDate, toDate]. */
function ruleDates(schedule: RecurringSchedule, fromDate: string, toDate: string): string[] {
  return wallRule(schedule)
    .between(new Date(`${fromDate}T00:00:00Z`), new Date(`${toDate}T23:59:59.999Z`), true)
    .map((start) => start.toISOString().slice(0, 10));
}

/** The rule's first date on or after `fromDate`, if it has one. */
function firstRuleDateFrom(schedule: RecurringSchedule, fromDate: string): string | undefined {
  return wallRule(schedule)
    .after(new Date(`${fromDate}T00:00:00Z`), true)
    ?.toISOString()
    .slice(0, 10);
}

const isRuleDate = (schedule: RecurringSchedule, date: string) =>
  ruleDates(schedule, date, date).length > 0;

/**
 * The cancelled dates on which the rule really has an occurrence. Others mean nothing, and ical.js 2.2
 * (which Thunderbird uses) skips the check of the next EXDATE after passing one that matched no
 * occurrence, so a stray one could bring a cancelled date back.
 */
export function cancelledOccurrenceDates(schedule: RecurringSchedule): string[] {
  return [...new Set(schedule.cancelledDates ?? [])]
    .sort()
    .filter((date) => isRuleDate(schedule, date));
}

/**
 * A run of the series at one time of day: from its first date until the next time change. With no
 * time change there is one run, the whole series; each further run is a VEVENT of its own.
 */
interface Run {
  uid: string;
  /** The run's first date, a date of the rule. */
  firstDate: string;
  startTime: string;
  durationMinutes: number;
  /** The run's last date, when a later run follows. */
  lastDate: string | null;
  /** How many dates the rule gave before this run (for a rule ending after a COUNT). */
  datesBefore: number;
}

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The series' runs at one time each; a change naming no date of the rule moves to the next one. */
function runsOf(session: FeedSession): Run[] {
  const { schedule } = session;
  const starts = [schedule.startDate];
  for (const change of [...(schedule.timeChanges ?? [])].sort((a, b) =>
    a.fromDate.localeCompare(b.fromDate),
  )) {
    if (change.fromDate <= schedule.startDate) continue;
    const first = firstRuleDateFrom(schedule, change.fromDate);
    if (first && first > starts[starts.length - 1]!) starts.push(first);
  }
  return starts.map((firstDate, index) => {
    const next = starts[index + 1];
    const dates = next ? ruleDates(schedule, firstDate, dayBefore(next)) : [];
    const { startTime, durationMinutes } = timeOn(schedule, firstDate);
    return {
      uid: index === 0 ? sessionUid(session.id) : `session-${session.id}-from-${firstDate}@village`,
      firstDate,
      startTime,
      durationMinutes,
      lastDate: next ? (dates[dates.length - 1] ?? firstDate) : null,
      datesBefore:
        index === 0 ? 0 : ruleDates(schedule, schedule.startDate, dayBefore(firstDate)).length,
    };
  });
}

/** The run's RRULE: the session's, ended at the run's last date, its COUNT less the dates before. */
function runRule(schedule: RecurringSchedule, run: Run): ICAL.Recur {
  const recur = ICAL.Recur.fromString(schedule.rule);
  if (run.lastDate) {
    // UNTIL is in UTC when DTSTART has a zone (RFC 5545 3.3.10): the last date's start instant.
    const [hour = 0, minute = 0] = run.startTime.split(':').map(Number);
    const [year, month, day] = run.lastDate.split('-').map(Number) as [number, number, number];
    const last = wallTimeToInstant(Date.UTC(year, month - 1, day, hour, minute), schedule.timeZone);
    const until = ICAL.Time.fromJSDate(last, true);
    if (!recur.until || recur.until.compare(until) > 0) recur.until = until;
    recur.count = null;
  } else if (recur.count) {
    recur.count = Math.max(recur.count - run.datesBefore, 1);
  }
  return recur;
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

/** What every VEVENT of a session says, its runs and its moved dates alike. */
function identify(event: ICAL.Component, session: FeedSession, uid: string): void {
  event.addPropertyWithValue('uid', uid);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(session.updatedAt, true));
  event.addPropertyWithValue('created', ICAL.Time.fromJSDate(session.createdAt, true));
  event.addPropertyWithValue('last-modified', ICAL.Time.fromJSDate(session.updatedAt, true));
}

function addDetails(event: ICAL.Component, session: FeedSession): void {
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
}

/** One run of the series: its first date and time, its rule, its cancelled dates as EXDATEs. */
function runEvent(session: FeedSession, run: Run): ICAL.Component {
  const { schedule } = session;
  const event = new ICAL.Component('vevent');
  identify(event, session, run.uid);
  event.addProperty(
    zonedProperty('dtstart', wallTime(run.firstDate, run.startTime), schedule.timeZone),
  );
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(run.durationMinutes * 60));
  event.addPropertyWithValue('rrule', runRule(schedule, run));
  for (const date of cancelledOccurrenceDates(schedule))
    if (date >= run.firstDate && (!run.lastDate || date <= run.lastDate))
      event.addProperty(zonedProperty('exdate', wallTime(date, run.startTime), schedule.timeZone));
  addDetails(event, session);
  return event;
}

/**
 * A moved date as RFC 5545 says (3.8.4.4): a VEVENT with its run's UID whose RECURRENCE-ID is the
 * start it had and whose DTSTART is where it went.
 */
function movedEvent(session: FeedSession, runs: Run[], occursOn: string): ICAL.Component | null {
  const { schedule } = session;
  const move = schedule.movedDates?.[occursOn];
  const run = [...runs].reverse().find((r) => r.firstDate <= occursOn);
  if (!move || !run || (run.lastDate && occursOn > run.lastDate)) return null;
  if (!isRuleDate(schedule, occursOn) || schedule.cancelledDates?.includes(occursOn)) return null;
  const { startTime, durationMinutes } = timeOn(schedule, occursOn);
  const event = new ICAL.Component('vevent');
  identify(event, session, run.uid);
  event.addProperty(
    zonedProperty('recurrence-id', wallTime(occursOn, startTime), schedule.timeZone),
  );
  event.addProperty(
    zonedProperty('dtstart', wallTime(move.toDate, move.toTime), schedule.timeZone),
  );
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(durationMinutes * 60));
  addDetails(event, session);
  return event;
}

/** A session's VEVENTs: one per run of the series at one time, and one per moved date. */
function eventsOf(session: FeedSession): ICAL.Component[] {
  const runs = runsOf(session);
  const moved = Object.keys(session.schedule.movedDates ?? {})
    .sort()
    .flatMap((occursOn) => movedEvent(session, runs, occursOn) ?? []);
  return [...runs.map((run) => runEvent(session, run)), ...moved];
}

/**
 * An RFC 5545 calendar of recurring sessions (every text escaped and every line folded at 75 octets
 * by ical.js, after `feedText`): one VEVENT per session with its rule, cancelled dates
 * as EXDATEs and times in local wall time with a TZID (a session whose time changed from a date on
 * has a VEVENT per run at one time, and a moved date is a VEVENT with a RECURRENCE-ID), plus the VTIMEZONE for every zone used, so a
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
  for (const session of feed.sessions)
    for (const event of eventsOf(session)) calendar.addSubcomponent(event);
  return calendar.toString() + '\r\n';
}
