import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  /** Start instants within the window, converted from local wall time with the feed's VTIMEZONE. */
  starts: Date[];
  event: ICAL.Event;
}

export interface ParsedCalendar {
  calendar: ICAL.Component;
  events: ParsedEvent[];
}

/**
 * Reads a feed as a calendar app would, with ical.js: parses it, takes its VTIMEZONEs, and expands
 * every VEVENT's RRULE (minus its EXDATEs) over [from, to). For tests of the feeds.
 */
export function parseFeed(ics: string, from: Date, to: Date): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zones = new Map<string, ICAL.Timezone>();
  for (const component of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(component);
    zones.set(zone.tzid, zone);
    // So DTSTART and EXDATE values resolve to this zone when the event compares them.
    ICAL.TimezoneService.register(zone);
  }
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    const zone = typeof tzid === 'string' ? zones.get(tzid) : undefined;
    if (!zone) throw new Error(`No VTIMEZONE for the DTSTART of ${event.uid}`);
    const starts: Date[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const { year, month, day, hour, minute, second } = next;
      const start = ICAL.Time.fromData({ year, month, day, hour, minute, second }, zone).toJSDate();
      if (start >= to) break;
      if (start >= from) starts.push(start);
    }
    return { uid: event.uid, summary: event.summary, starts, event };
  });
  return { calendar, events };
}
