import { readRecurrence } from './recurrence';

describe('reading how often a session repeats', () => {
  it('reads weekly and fortnightly rules, on their days or the first date’s', () => {
    expect(readRecurrence('FREQ=WEEKLY;BYDAY=TU', 1)).toEqual({
      every: 'week',
      interval: 1,
      weekdays: [2],
    });
    expect(readRecurrence('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', 1)).toEqual({
      every: 'week',
      interval: 2,
      weekdays: [1, 4],
    });
    expect(readRecurrence('FREQ=WEEKLY;INTERVAL=3', 5)).toEqual({
      every: 'week',
      interval: 3,
      weekdays: [5],
    });
  });

  it('reads the nth or last weekday of the month, in either spelling', () => {
    expect(readRecurrence('FREQ=MONTHLY;BYDAY=1SA', 1)).toEqual({
      every: 'month',
      nth: 1,
      weekday: 6,
    });
    expect(readRecurrence('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1', 3)).toEqual({
      every: 'month',
      nth: -1,
      weekday: 1,
    });
  });

  it('describes nothing it cannot say plainly', () => {
    expect(readRecurrence('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 1)).toBeNull();
    expect(readRecurrence('FREQ=MONTHLY;BYMONTHDAY=20', 1)).toBeNull();
    expect(readRecurrence('FREQ=MONTHLY;BYDAY=5FR', 1)).toBeNull();
    expect(readRecurrence('FREQ=WEEKLY;BYDAY=XX', 1)).toBeNull();
    expect(readRecurrence('FREQ=WEEKLY;INTERVAL=0', 1)).toBeNull();
  });
});
