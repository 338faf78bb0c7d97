import { hsdsScheduleOf, timingOf } from './oruk-schedule';

const TODAY = '2026-03-01';

describe('reading HSDS schedules as session timings', () => {
  it('turns a weekly schedule into an RRULE with a first date, start time and duration', () => {
    expect(
      timingOf(
        {
          freq: 'WEEKLY',
          byday: 'tu',
          dtstart: '2026-01-06',
          opens_at: '10:00',
          closes_at: '11:30',
        },
        TODAY,
      ),
    ).toEqual({
      rule: 'FREQ=WEEKLY;BYDAY=TU',
      startDate: '2026-01-06',
      startTime: '10:00',
      durationMinutes: 90,
    });
  });

  it('keeps intervals, numbered days, month days and the earlier of until and valid_to', () => {
    expect(
      timingOf(
        {
          freq: 'MONTHLY',
          interval: '2',
          byday: '1SA, -1FR',
          until: '2026-12-31',
          valid_to: '2026-07-31',
          valid_from: '2026-02-01',
          opens_at: '10:30:00Z',
        },
        TODAY,
      ),
    ).toEqual({
      rule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA,-1FR;UNTIL=20260731T235959Z',
      startDate: '2026-02-01',
      startTime: '10:30',
      durationMinutes: 60,
    });
    expect(timingOf({ bymonthday: '1,15', opens_at: '9:00', count: 6 }, TODAY).rule).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6',
    );
  });

  it('starts today when the schedule gives no date', () => {
    expect(timingOf({ byday: 'MO', opens_at: '10:00' }, TODAY).startDate).toBe(TODAY);
  });

  it.each([
    [{ opens_at: '10:00' }, 'does not say how often it meets'],
    [{ freq: 'HOURLY', opens_at: '10:00' }, 'not WEEKLY or MONTHLY'],
    [{ freq: 'WEEKLY', byday: 'TUESDAY', opens_at: '10:00' }, 'not a day such as TU'],
    [{ freq: 'WEEKLY', byday: '2TU', opens_at: '10:00' }, 'numbered day needs freq MONTHLY'],
    [{ freq: 'WEEKLY', byday: 'TU' }, 'has no opening time'],
    [{ freq: 'WEEKLY', byday: 'TU', opens_at: '14:00', closes_at: '13:00' }, 'before it opens'],
    [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: 'noon' }, 'is not a time'],
    [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', interval: 0 }, 'whole number'],
    [{ freq: 'MONTHLY', bymonthday: '32', opens_at: '10:00' }, 'not a day of the month'],
    [
      {
        freq: 'WEEKLY',
        byday: 'TU',
        opens_at: '10:00',
        dtstart: '2026-05-01',
        until: '2026-04-01',
      },
      'before it starts',
    ],
  ])('refuses %j with a message that says why', (schedule, message) => {
    expect(() => timingOf(schedule, TODAY)).toThrow(message);
  });
});

describe('writing session timings as HSDS schedules', () => {
  it('writes weekly and monthly rules as HSDS fields that read back the same', () => {
    for (const rule of [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      'FREQ=MONTHLY;BYDAY=1SA',
      'FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261231T235959Z',
    ]) {
      const timing = { rule, startDate: '2026-01-05', startTime: '18:00', durationMinutes: 90 };
      const fields = hsdsScheduleOf(timing);
      expect(fields.description).toBeUndefined();
      expect(timingOf({ ...fields }, TODAY)).toEqual(timing);
    }
  });

  it('writes a daily rule as every day of the week', () => {
    expect(
      hsdsScheduleOf({
        rule: 'FREQ=DAILY',
        startDate: '2026-01-05',
        startTime: '09:00:00',
        durationMinutes: 30,
      }),
    ).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR,SA,SU',
      opens_at: '09:00',
      closes_at: '09:30',
    });
  });

  it('keeps a rule HSDS cannot hold in the description, and reads it back', () => {
    const timing = {
      rule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20',
      startDate: '2026-12-20',
      startTime: '15:00',
      durationMinutes: 120,
    };
    const fields = hsdsScheduleOf(timing);
    expect(fields.freq).toBeUndefined();
    expect(fields.description).toContain('RRULE:FREQ=YEARLY');
    expect(timingOf({ ...fields }, TODAY)).toEqual(timing);
  });
});
