import { occurrencesBetween, RecurringSchedule } from '@village/shared';
import ICAL from 'ical.js';
import { FeedSession, renderCalendar, sessionUid } from './calendar-feed';

const ID = '6f1c1f3e-3b0a-4d0e-9a55-0a4f7c1e2b3d';

function session(schedule: Partial<RecurringSchedule> = {}): FeedSession {
  return {
    id: ID,
    title: 'Baby massage',
    description: '',
    schedule: {
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      startDate: '2027-01-05',
      startTime: '10:00',
      durationMinutes: 60,
      timeZone: 'Europe/London',
      ...schedule,
    },
    groupName: 'Bumps and Babies',
    place: { name: 'Hall', address: '', postcode: '', latitude: 53.79, longitude: -1.75 },
    url: 'https://village.example/sessions/s1',
    createdAt: new Date('2026-08-01T12:00:00Z'),
    updatedAt: new Date('2026-08-02T12:30:00Z'),
  };
}

const FROM = new Date('2027-01-01T00:00:00Z');
const TO = new Date('2027-06-01T00:00:00Z');

/**
 * Every start a calendar app shows, read as ical.js (Thunderbird's reader) does: each series with its
 * EXDATEs, its moved dates (RECURRENCE-ID overrides) put where they went.
 */
function shownStarts(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const component of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(component));
  const vevents = calendar.getAllSubcomponents('vevent');
  const masters = vevents
    .filter((v) => !v.hasProperty('recurrence-id'))
    .map((v) => new ICAL.Event(v));
  for (const v of vevents.filter((v) => v.hasProperty('recurrence-id'))) {
    const override = new ICAL.Event(v);
    masters.find((master) => master.uid === override.uid)!.relateException(override);
  }
  const starts: string[] = [];
  for (const master of masters) {
    const iterator = master.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (next.toJSDate() >= TO) break;
      const start = master.getOccurrenceDetails(next).startDate.toJSDate();
      if (start >= FROM && start < TO) starts.push(start.toISOString());
    }
  }
  return starts.sort();
}

const villageStarts = (feedSession: FeedSession) =>
  occurrencesBetween(feedSession.schedule, FROM, TO, 1000)
    .map((o) => o.start.toISOString())
    .sort();

describe('calendar feeds of changed dates', () => {
  it('writes a moved date as a RECURRENCE-ID override at its new time, as Village lists it', () => {
    const moved = session({
      movedDates: { '2027-01-19': { toDate: '2027-01-21', toTime: '14:30' } },
    });
    const ics = renderCalendar({ name: 'x', sessions: [moved] });
    expect(ics).toContain('RECURRENCE-ID;TZID=Europe/London:20270119T100000\r\n');
    expect(ics).toContain('DTSTART;TZID=Europe/London:20270121T143000\r\n');
    expect(ics.match(new RegExp(`UID:${sessionUid(ID)}`, 'g'))).toHaveLength(2);
    const shown = shownStarts(ics);
    expect(shown).toContain('2027-01-21T14:30:00.000Z');
    expect(shown).not.toContain('2027-01-19T10:00:00.000Z');
    expect(shown).toEqual(villageStarts(moved));
  });

  it('leaves cancelled dates out (EXDATE), and a moved date that was then cancelled too', () => {
    const cancelled = session({
      cancelledDates: ['2027-02-02'],
      movedDates: { '2027-02-02': { toDate: '2027-02-03', toTime: '10:00' } },
    });
    const ics = renderCalendar({ name: 'x', sessions: [cancelled] });
    expect(ics).toContain('EXDATE;TZID=Europe/London:20270202T100000\r\n');
    expect(ics).not.toContain('RECURRENCE-ID');
    expect(shownStarts(ics)).toEqual(villageStarts(cancelled));
  });

  it('splits the series where the time changes, across the clock change, with the same dates as Village', () => {
    for (const rule of ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'FREQ=WEEKLY;BYDAY=TU;COUNT=12']) {
      const changed = session({
        rule,
        cancelledDates: ['2027-01-19', '2027-04-13'],
        movedDates: { '2027-04-27': { toDate: '2027-04-28', toTime: '09:00' } },
        timeChanges: [{ fromDate: '2027-03-16', startTime: '13:00', durationMinutes: 45 }],
      });
      const ics = renderCalendar({ name: 'x', sessions: [changed] });
      expect(ics).toContain(`UID:session-${ID}-from-2027-03-16@village`);
      expect(ics).toContain('DTSTART;TZID=Europe/London:20270316T130000\r\n');
      expect({ rule, starts: shownStarts(ics) }).toEqual({ rule, starts: villageStarts(changed) });
    }
  });
});
