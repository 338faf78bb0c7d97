import { occurrencesBetween, RecurringSchedule } from '@village/shared';
import ICAL from 'ical.js';
import {
  cancelledOccurrenceDates,
  FeedSession,
  PRODID,
  renderCalendar,
  sessionUid,
} from './calendar-feed';
import { parseFeed } from './testing';
import { vtimezone } from './time-zones';

function session(
  overrides: Partial<FeedSession> = {},
  schedule: Partial<RecurringSchedule> = {},
): FeedSession {
  return {
    id: '6f1c1f3e-3b0a-4d0e-9a55-0a4f7c1e2b3d',
    title: 'Baby massage',
    description: 'Bring a towel.',
    schedule: {
      rule: 'FREQ=WEEKLY;BYDAY=TU',
      startDate: '2026-09-01',
      startTime: '10:00',
      durationMinutes: 60,
      timeZone: 'Europe/London',
      cancelledDates: [],
      ...schedule,
    },
    groupName: 'Bumps and Babies',
    place: {
      name: 'Westgate Children’s Centre',
      address: '12 Westgate',
      postcode: 'BD1 2AB',
      latitude: 53.7946,
      longitude: -1.7564,
    },
    url: 'https://village.example/groups/g1',
    createdAt: new Date('2026-08-01T12:00:00Z'),
    updatedAt: new Date('2026-08-02T12:30:00Z'),
    ...overrides,
  };
}

const FROM = new Date('2026-09-01T00:00:00Z');
const TO = new Date('2027-06-01T00:00:00Z');
const isoOf = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('renderCalendar', () => {
  it('writes a VCALENDAR with its name, product, version, scale and refresh interval', () => {
    const ics = renderCalendar({ name: 'Bumps and Babies', sessions: [session()] });
    const calendar = new ICAL.Component(ICAL.parse(ics));

    expect(calendar.getFirstPropertyValue('prodid')).toBe(PRODID);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bumps and Babies');
    expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('describes a session as a VEVENT in local wall time with its zone, rule and place', () => {
    const ics = renderCalendar({ name: 'x', sessions: [session()] });
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;

    expect(event.getFirstPropertyValue('uid')).toBe(`session-${session().id}@village`);
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/London:20260901T100000\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260802T123000Z\r\n');
    expect(ics).toContain('\r\nDURATION:PT1H\r\n');
    expect(ics).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
    expect(event.getFirstPropertyValue('summary')).toBe('Baby massage');
    expect(event.getFirstPropertyValue('description')).toBe(
      'Bring a towel.\n\nRun by Bumps and Babies.',
    );
    expect(event.getFirstPropertyValue('location')).toBe(
      'Westgate Children’s Centre, 12 Westgate, BD1 2AB',
    );
    expect(event.getFirstProperty('geo')?.getValues()).toEqual([[53.7946, -1.7564]]);
    expect(event.getFirstPropertyValue('url')).toBe('https://village.example/groups/g1');
  });

  it('escapes commas, semicolons and new lines in text', () => {
    const ics = renderCalendar({
      name: 'x',
      sessions: [session({ title: 'Songs; rhymes, and stories', description: 'One\nTwo' })],
    });
    expect(ics).toContain('SUMMARY:Songs\\; rhymes\\, and stories');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
    );
    expect(event.summary).toBe('Songs; rhymes, and stories');
  });

  describe('with hostile text (line breaks and control characters)', () => {
    const INJECTED = 'BEGIN:VEVENT\r\nUID:evil@x\r\nSUMMARY:Free money\r\nEND:VEVENT';
    const hostile = (text: string) => `${text}\r\n${INJECTED}\r\n`;
    const ics = renderCalendar({
      name: hostile('Bumps'),
      description: hostile('Parents\rand babies'),
      sessions: [
        session({
          title: hostile('Baby massage'),
          description: `Bring a towel.\r\nAnd a bottle.\rAnd a blanket.\u0000\u0007\nEND:VCALENDAR`,
          groupName: hostile('Bumps and Babies'),
          place: { ...session().place, name: hostile('Hall'), address: 'Flat 2\r\nX-EVIL:1' },
        }),
      ],
    });
    const lines = ics.split('\r\n');

    it('writes exactly one VEVENT and one END:VCALENDAR, on lines of their own', () => {
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
      expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
      expect(lines.filter((line) => line === 'END:VCALENDAR')).toHaveLength(1);
      expect(lines.some((line) => line.startsWith('X-EVIL'))).toBe(false);
    });

    it('leaves no bare CR, LF or other control character inside a line, and folds at 75 octets', () => {
      for (const line of lines.slice(0, -1)) {
        expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
        expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      }
    });

    it('round-trips through ical.js: names on one line, descriptions keep their line breaks', () => {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const oneLine = (text: string) => `${text} ${INJECTED.replace(/\r\n/g, ' ')}`;
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(oneLine('Bumps'));
      expect(calendar.getFirstPropertyValue('name')).toBe(oneLine('Bumps'));
      const description = `Parents\nand babies\n${INJECTED.replace(/\r\n/g, '\n')}`;
      expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(description);
      expect(calendar.getFirstPropertyValue('description')).toBe(description);
      const [event, ...others] = calendar.getAllSubcomponents('vevent');
      expect(others).toHaveLength(0);
      expect(event!.getFirstPropertyValue('summary')).toBe(oneLine('Baby massage'));
      expect(event!.getFirstPropertyValue('description')).toBe(
        `Bring a towel.\nAnd a bottle.\nAnd a blanket.\nEND:VCALENDAR\n\nRun by ${oneLine('Bumps and Babies')}.`,
      );
      expect(event!.getFirstPropertyValue('location')).toBe(
        `${oneLine('Hall')}, Flat 2 X-EVIL:1, BD1 2AB`,
      );
    });
  });

  it('writes cancelled dates as EXDATEs at the same zone and wall time', () => {
    const ics = renderCalendar({
      name: 'x',
      sessions: [session({}, { cancelledDates: ['2026-11-03', '2026-10-27'] })],
    });
    expect(ics).toContain(
      '\r\nEXDATE;TZID=Europe/London:20261027T100000\r\nEXDATE;TZID=Europe/London:20261103T100000\r\n',
    );
    const [event] = parseFeed(ics, FROM, TO).events;
    const days = event!.starts.map((start) => start.toISOString().slice(0, 10));
    expect(days).toContain('2026-10-20');
    expect(days).not.toContain('2026-10-27');
    expect(days).not.toContain('2026-11-03');
  });

  it('keeps Tuesdays 10:00 at 10:00 London time across the October and March clock changes', () => {
    const ics = renderCalendar({ name: 'x', sessions: [session()] });
    const starts = isoOf(parseFeed(ics, FROM, TO).events[0]!.starts);

    expect(starts).toContain('2026-10-20T09:00:00.000Z'); // BST
    expect(starts).toContain('2026-10-27T10:00:00.000Z'); // GMT from 25 October
    expect(starts).toContain('2027-03-23T10:00:00.000Z');
    expect(starts).toContain('2027-03-30T09:00:00.000Z'); // BST again from 28 March
  });

  it('gives the same dates as Village’s own recurrence rules, for every kind of rule', () => {
    const rules = [
      'FREQ=WEEKLY;BYDAY=TU',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'FREQ=MONTHLY;BYDAY=1SA',
      'FREQ=DAILY;COUNT=40',
      'FREQ=WEEKLY;BYDAY=SU;UNTIL=20270401',
    ];
    for (const recurrence of rules) {
      // 01:30 is in the hour the clocks skip in March and repeat in October. The Sunday and Monday
      // cancellations are not occurrences of every rule: they must not hide the next ones.
      const feedSession = session(
        {},
        {
          rule: recurrence,
          startTime: '01:30',
          cancelledDates: ['2026-10-25', '2026-10-26', '2026-10-27', '2027-03-28'],
        },
      );
      const expected = occurrencesBetween(feedSession.schedule, FROM, TO, 1000).map((o) => o.start);
      const ics = renderCalendar({ name: 'x', sessions: [feedSession] });
      expect({ recurrence, starts: isoOf(parseFeed(ics, FROM, TO).events[0]!.starts) }).toEqual({
        recurrence,
        starts: isoOf(expected),
      });
    }
  });

  it('carries one VTIMEZONE per zone in use and none for an empty feed', () => {
    const two = renderCalendar({ name: 'x', sessions: [session(), session({ id: 'b' })] });
    expect(two.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(two.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(two).toContain(`UID:${sessionUid('b')}`);

    const empty = renderCalendar({ name: 'Quiet group', sessions: [] });
    expect(empty).not.toContain('BEGIN:VTIMEZONE');
    expect(empty).not.toContain('BEGIN:VEVENT');
    expect(() => new ICAL.Component(ICAL.parse(empty))).not.toThrow();
  });
});

describe('cancelledOccurrenceDates', () => {
  it('keeps the cancelled dates that are dates of the rule, once each and in order', () => {
    const dates = cancelledOccurrenceDates(
      session({}, { cancelledDates: ['2026-11-03', '2026-10-25', '2026-10-27', '2026-11-03'] })
        .schedule,
    );
    expect(dates).toEqual(['2026-10-27', '2026-11-03']);
  });
});

describe('the Europe/London VTIMEZONE', () => {
  const zone = new ICAL.Timezone(vtimezone('Europe/London'));
  const offsetHours = (iso: string) => {
    const [date, time] = iso.split('T') as [string, string];
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return zone.utcOffset(ICAL.Time.fromData({ year, month, day, hour, minute }, zone)) / 3600;
  };

  it('is BST from the last Sunday of March at 01:00 UTC and GMT from the last Sunday of October', () => {
    expect(offsetHours('2026-03-29T00:59')).toBe(0);
    expect(offsetHours('2026-03-29T02:00')).toBe(1);
    expect(offsetHours('2026-10-25T00:59')).toBe(1);
    expect(offsetHours('2026-10-25T02:00')).toBe(0);
    expect(offsetHours('2027-03-28T00:30')).toBe(0);
    expect(offsetHours('2027-03-28T02:30')).toBe(1);
  });

  it('turns every half hour of 2026 and 2027 into the wall time the platform’s zone data gives', () => {
    const formatter = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/London',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const wrong: string[] = [];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 1_800_000) {
      const local = ICAL.Time.fromJSDate(new Date(ms), true).convertToZone(zone);
      const ours = local.toString().slice(0, 16).replace('T', ' ');
      const expected = formatter.format(new Date(ms));
      if (ours !== expected) wrong.push(`${new Date(ms).toISOString()}: ${ours} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a zone it has no rules for', () => {
    expect(() => vtimezone('America/New_York')).toThrow('No VTIMEZONE');
  });
});
