import {
  isRuleDate,
  nextOccurrences,
  localDateTimeOf,
  occurrenceOn,
  occurrencesBetween,
  recurrenceRuleProblem,
  wallTimeToInstant,
} from './recurrence';

const tuesdayMornings = {
  rule: 'FREQ=WEEKLY;BYDAY=TU',
  startDate: '2026-01-06',
  startTime: '10:00',
  durationMinutes: 90,
  timeZone: 'Europe/London',
};

describe('recurrence in Europe/London', () => {
  it('keeps 10:00 local across the March clock change (GMT to BST)', () => {
    const found = occurrencesBetween(
      tuesdayMornings,
      new Date('2026-03-20T00:00:00Z'),
      new Date('2026-04-04T00:00:00Z'),
    );
    expect(found.map((o) => o.start.toISOString())).toEqual([
      '2026-03-24T10:00:00.000Z', // GMT
      '2026-03-31T09:00:00.000Z', // BST, clocks went forward on 29 March
    ]);
    expect(found[0]!.end.toISOString()).toBe('2026-03-24T11:30:00.000Z');
  });

  it('keeps 10:00 local across the October clock change (BST to GMT)', () => {
    const found = occurrencesBetween(
      tuesdayMornings,
      new Date('2026-10-19T00:00:00Z'),
      new Date('2026-11-01T00:00:00Z'),
    );
    expect(found.map((o) => o.start.toISOString())).toEqual([
      '2026-10-20T09:00:00.000Z',
      '2026-10-27T10:00:00.000Z',
    ]);
  });

  it('skips cancelled dates and honours fortnightly intervals', () => {
    const fortnightly = {
      ...tuesdayMornings,
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      cancelledDates: ['2026-01-20'],
    };
    const found = nextOccurrences(fortnightly, new Date('2026-01-01T00:00:00Z'), 3);
    expect(found.map((o) => o.start.toISOString().slice(0, 10))).toEqual([
      '2026-01-06',
      '2026-02-03',
      '2026-02-17',
    ]);
  });

  it('cuts the window to the minute, though expansions are kept by whole days', () => {
    const daily = { ...tuesdayMornings, rule: 'FREQ=DAILY', startDate: '2026-05-01' };
    const starts = (from: string, to: string) =>
      occurrencesBetween(daily, new Date(from), new Date(to)).map((o) => o.start.toISOString());
    // 10:00 BST is 09:00Z: from 08:59Z today's counts, from 09:01Z the same day it does not.
    expect(starts('2026-06-02T08:59:00Z', '2026-06-03T23:00:00Z')).toEqual([
      '2026-06-02T09:00:00.000Z',
      '2026-06-03T09:00:00.000Z',
    ]);
    expect(starts('2026-06-02T09:01:00Z', '2026-06-03T23:00:00Z')).toEqual([
      '2026-06-03T09:00:00.000Z',
    ]);
    expect(starts('2026-06-02T09:01:00Z', '2026-06-03T09:00:00Z')).toEqual([]);
  });

  it('returns nothing before the first date', () => {
    expect(
      occurrencesBetween(
        tuesdayMornings,
        new Date('2025-12-01T00:00:00Z'),
        new Date('2026-01-05T00:00:00Z'),
      ),
    ).toEqual([]);
  });

  it('converts wall-clock times in either offset', () => {
    expect(wallTimeToInstant(Date.UTC(2026, 6, 1, 12, 0), 'Europe/London').toISOString()).toBe(
      '2026-07-01T11:00:00.000Z',
    );
    expect(wallTimeToInstant(Date.UTC(2026, 0, 1, 12, 0), 'Europe/London').toISOString()).toBe(
      '2026-01-01T12:00:00.000Z',
    );
  });

  const halfPastOne = { ...tuesdayMornings, rule: 'FREQ=WEEKLY;BYDAY=SU', startTime: '01:30' };

  it('puts 01:30 on the autumn change at the first 01:30 (BST), as RFC 5545 says', () => {
    const found = occurrencesBetween(
      halfPastOne,
      new Date('2026-10-18T00:00:00Z'),
      new Date('2026-11-02T00:00:00Z'),
    );
    expect(found.map((o) => o.start.toISOString())).toEqual([
      '2026-10-18T00:30:00.000Z', // 01:30 BST
      '2026-10-25T00:30:00.000Z', // 01:30 happens twice; the first is still BST
      '2026-11-01T01:30:00.000Z', // 01:30 GMT
    ]);
    expect(found[1]!.end.toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('moves 01:30 on the spring change, which does not exist, forward by the gap to 02:30 BST', () => {
    const found = occurrencesBetween(
      halfPastOne,
      new Date('2026-03-22T00:00:00Z'),
      new Date('2026-04-06T00:00:00Z'),
    );
    expect(found.map((o) => o.start.toISOString())).toEqual([
      '2026-03-22T01:30:00.000Z', // 01:30 GMT
      '2026-03-29T01:30:00.000Z', // 01:00 GMT jumps to 02:00 BST; 01:30Z is 02:30 BST
      '2026-04-05T00:30:00.000Z', // 01:30 BST
    ]);
  });

  it.each([
    ['the hour before the autumn change', Date.UTC(2026, 9, 25, 0, 59), '2026-10-24T23:59:00.000Z'],
    ['the repeated hour', Date.UTC(2026, 9, 25, 1, 0), '2026-10-25T00:00:00.000Z'],
    ['the end of the repeated hour', Date.UTC(2026, 9, 25, 1, 59), '2026-10-25T00:59:00.000Z'],
    ['the hour after the autumn change', Date.UTC(2026, 9, 25, 2, 0), '2026-10-25T02:00:00.000Z'],
    ['the hour before the spring change', Date.UTC(2026, 2, 29, 0, 59), '2026-03-29T00:59:00.000Z'],
    ['the missing hour', Date.UTC(2026, 2, 29, 1, 0), '2026-03-29T01:00:00.000Z'],
    ['the hour after the spring change', Date.UTC(2026, 2, 29, 2, 0), '2026-03-29T01:00:00.000Z'],
  ])('converts %s', (_, wall, instant) => {
    expect(wallTimeToInstant(wall, 'Europe/London').toISOString()).toBe(instant);
  });

  it('explains unusable rules in plain words', () => {
    expect(recurrenceRuleProblem('FREQ=WEEKLY;BYDAY=TU')).toBeNull();
    expect(recurrenceRuleProblem('DTSTART:20260101T100000Z\nRRULE:FREQ=WEEKLY')).toMatch(
      /separately/,
    );
    expect(recurrenceRuleProblem('not a rule')).toMatch(/not valid RFC 5545/);
  });

  it.each([
    'FREQ=DAILY',
    'FREQ=DAILY;COUNT=40',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
    'FREQ=WEEKLY;BYDAY=SU;UNTIL=20270401',
    'FREQ=WEEKLY;BYDAY=TU;WKST=MO',
    'FREQ=MONTHLY;BYDAY=1SA',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA,-1FR;UNTIL=20260731T235959Z',
    'FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
    'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'FREQ=YEARLY;BYYEARDAY=100',
    'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    'FREQ=YEARLY;BYDAY=20MO',
  ])('accepts the valid rule %s', (rule) => {
    expect(recurrenceRuleProblem(rule)).toBeNull();
  });

  it.each([
    ['FREQ=SECONDLY', /cannot repeat SECONDLY; use DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['FREQ=MINUTELY', /cannot repeat MINUTELY; use DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['FREQ=HOURLY;INTERVAL=2', /cannot repeat HOURLY; use DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['FREQ=FORTNIGHTLY', /FREQ=FORTNIGHTLY is not a frequency/],
    ['BYDAY=TU', /needs a FREQ/],
    ['FREQ=WEEKLY;BYMONTHDAY=3', /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ['FREQ=MONTHLY;BYWEEKNO=3', /BYWEEKNO can only be used with FREQ=YEARLY, not FREQ=MONTHLY/],
    ['FREQ=WEEKLY;BYWEEKNO=3', /BYWEEKNO can only be used with FREQ=YEARLY/],
    ['FREQ=DAILY;BYYEARDAY=10', /BYYEARDAY can only be used with FREQ=YEARLY, not FREQ=DAILY/],
    ['FREQ=WEEKLY;BYYEARDAY=10', /BYYEARDAY can only be used with FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYYEARDAY=10', /BYYEARDAY can only be used with FREQ=YEARLY/],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20270101', /COUNT or with UNTIL, not both/],
    ['FREQ=WEEKLY;BYDAY=2TU', /2TU needs FREQ=MONTHLY or FREQ=YEARLY, not FREQ=WEEKLY/],
    ['FREQ=DAILY;BYDAY=-1FR', /-1FR needs FREQ=MONTHLY or FREQ=YEARLY/],
    ['FREQ=YEARLY;BYWEEKNO=2;BYDAY=1MO', /cannot be used with BYWEEKNO/],
    ['FREQ=MONTHLY;BYDAY=6TU', /week number must be 1 to 5/],
    ['FREQ=MONTHLY;BYDAY=0TU', /week number must be 1 to 5/],
    ['FREQ=YEARLY;BYDAY=54MO', /week number must be 1 to 53/],
    ['FREQ=WEEKLY;BYDAY=XX', /BYDAY must list weekdays.*"XX"/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY must list numbers from -31 to -1 or 1 to 31; "32"/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY must list numbers.*"0"/],
    ['FREQ=MONTHLY;BYMONTHDAY=-32', /BYMONTHDAY must list numbers.*"-32"/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH must list numbers from 1 to 12; "13"/],
    ['FREQ=YEARLY;BYMONTH=-1', /BYMONTH must list numbers from 1 to 12; "-1"/],
    ['FREQ=YEARLY;BYYEARDAY=367', /BYYEARDAY must list numbers.*"367"/],
    ['FREQ=YEARLY;BYWEEKNO=54', /BYWEEKNO must list numbers.*"54"/],
    ['FREQ=DAILY;BYHOUR=24', /BYHOUR must list numbers from 0 to 23; "24"/],
    ['FREQ=MONTHLY;BYDAY=TU;BYSETPOS=400', /BYSETPOS must list numbers.*"400"/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS needs another BY part/],
    ['FREQ=WEEKLY;INTERVAL=0', /INTERVAL must be a whole number of at least 1/],
    ['FREQ=WEEKLY;COUNT=-2', /COUNT must be a whole number of at least 1/],
    ['FREQ=WEEKLY;WKST=XX', /WKST must be a weekday/],
    ['FREQ=WEEKLY;FREQ=DAILY', /FREQ may appear only once/],
    ['FREQ=WEEKLY;COLOUR=RED', /"COLOUR=RED" is not a rule part/],
  ])('refuses %s, saying what is wrong', (rule, message) => {
    expect(recurrenceRuleProblem(rule)).toMatch(message);
  });
});

describe('occurrenceOn', () => {
  const fortnightly = { ...tuesdayMornings, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' };

  it('finds the date a rule gives, at its local time on either side of a clock change', () => {
    expect(occurrenceOn(fortnightly, '2026-01-20')?.start.toISOString()).toBe(
      '2026-01-20T10:00:00.000Z',
    );
    expect(occurrenceOn(tuesdayMornings, '2026-04-07')?.start.toISOString()).toBe(
      '2026-04-07T09:00:00.000Z',
    );
  });

  it('finds nothing on a day the rule skips, a cancelled day or a date that does not exist', () => {
    expect(occurrenceOn(fortnightly, '2026-01-13')).toBeNull();
    expect(
      occurrenceOn({ ...tuesdayMornings, cancelledDates: ['2026-01-13'] }, '2026-01-13'),
    ).toBeNull();
    expect(occurrenceOn(tuesdayMornings, '2026-02-31')).toBeNull();
    expect(occurrenceOn(tuesdayMornings, 'Tuesday')).toBeNull();
  });

  it('names a late-evening date by its local day, not the UTC one', () => {
    const lateInSydney = { ...tuesdayMornings, startTime: '23:30', timeZone: 'Australia/Sydney' };
    expect(occurrenceOn(lateInSydney, '2026-01-06')?.start.toISOString()).toBe(
      '2026-01-06T12:30:00.000Z',
    );
  });
});

describe('per-date changes', () => {
  const from = new Date('2026-01-01T00:00:00Z');
  const starts = (found: { start: Date }[]) => found.map((o) => o.start.toISOString());

  it('lists cancelled dates, marked, only when asked, and occurrenceOn finds them only then', () => {
    const schedule = { ...tuesdayMornings, cancelledDates: ['2026-01-13'] };
    const all = nextOccurrences(schedule, from, 3, { includeCancelled: true });
    expect(all.map((o) => [o.occursOn, o.cancelled])).toEqual([
      ['2026-01-06', false],
      ['2026-01-13', true],
      ['2026-01-20', false],
    ]);
    expect(nextOccurrences(schedule, from, 2).map((o) => o.occursOn)).toEqual([
      '2026-01-06',
      '2026-01-20',
    ]);
    expect(occurrenceOn(schedule, '2026-01-13', { includeCancelled: true })?.cancelled).toBe(true);
  });

  it('lists a moved date where it went, keeps its name and says where it was', () => {
    const schedule = {
      ...tuesdayMornings,
      movedDates: { '2026-01-13': { toDate: '2026-01-22', toTime: '14:30' } },
    };
    const found = nextOccurrences(schedule, from, 3);
    expect(found.map((o) => [o.occursOn, o.start.toISOString()])).toEqual([
      ['2026-01-06', '2026-01-06T10:00:00.000Z'],
      ['2026-01-20', '2026-01-20T10:00:00.000Z'],
      ['2026-01-13', '2026-01-22T14:30:00.000Z'],
    ]);
    expect(found[2]!.movedFrom?.toISOString()).toBe('2026-01-13T10:00:00.000Z');
    expect(found[2]!.end.toISOString()).toBe('2026-01-22T16:00:00.000Z');
    expect(occurrenceOn(schedule, '2026-01-13')?.start.toISOString()).toBe(
      '2026-01-22T14:30:00.000Z',
    );
    // Moved from outside a window into it, it is found there.
    expect(
      starts(occurrencesBetween(schedule, new Date('2026-01-22'), new Date('2026-01-23'))),
    ).toEqual(['2026-01-22T14:30:00.000Z']);
  });

  it('ignores a move of a date the rule no longer gives', () => {
    const schedule = {
      ...tuesdayMornings,
      rule: 'FREQ=WEEKLY;BYDAY=WE',
      startDate: '2026-01-07',
      movedDates: { '2026-01-13': { toDate: '2026-01-22', toTime: '14:30' } },
    };
    expect(nextOccurrences(schedule, from, 3).map((o) => o.occursOn)).toEqual([
      '2026-01-07',
      '2026-01-14',
      '2026-01-21',
    ]);
  });

  it('starts dates at the changed time from the change on, across the clock change', () => {
    const schedule = {
      ...tuesdayMornings,
      timeChanges: [{ fromDate: '2026-03-20', startTime: '13:15', durationMinutes: 60 }],
    };
    const found = occurrencesBetween(
      schedule,
      new Date('2026-03-17T00:00:00Z'),
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(found.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2026-03-17T10:00:00.000Z', '2026-03-17T11:30:00.000Z'],
      ['2026-03-24T13:15:00.000Z', '2026-03-24T14:15:00.000Z'],
      ['2026-03-31T12:15:00.000Z', '2026-03-31T13:15:00.000Z'],
    ]);
  });

  it('takes the latest change made up to each date', () => {
    const schedule = {
      ...tuesdayMornings,
      timeChanges: [
        { fromDate: '2026-02-01', startTime: '11:00', durationMinutes: 90 },
        { fromDate: '2026-01-10', startTime: '09:00', durationMinutes: 90 },
      ],
    };
    expect(starts(nextOccurrences(schedule, from, 6)).map((iso) => iso.slice(5, 16))).toEqual([
      '01-06T10:00',
      '01-13T09:00',
      '01-20T09:00',
      '01-27T09:00',
      '02-03T11:00',
      '02-10T11:00',
    ]);
  });

  it('knows which dates are the rule’s own', () => {
    expect(isRuleDate(tuesdayMornings, '2026-01-13')).toBe(true);
    expect(isRuleDate(tuesdayMornings, '2026-01-14')).toBe(false);
    expect(isRuleDate(tuesdayMornings, '2025-12-30')).toBe(false);
    expect(isRuleDate(tuesdayMornings, '2026-02-30')).toBe(false);
  });
});

describe('localDateTimeOf', () => {
  it('gives the wall-clock date and time in the zone, across midnight and summer time', () => {
    expect(localDateTimeOf(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toEqual({
      date: '2026-07-02',
      time: '00:30',
    });
    expect(localDateTimeOf(new Date('2026-01-01T09:05:00Z'), 'Europe/London')).toEqual({
      date: '2026-01-01',
      time: '09:05',
    });
  });
});
