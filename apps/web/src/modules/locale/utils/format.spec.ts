import {
  addDays,
  formatAge,
  formatClockTime,
  formatDateTime,
  formatMonth,
  formatTime,
  formatDayAndTimeRange,
  formatPence,
  formatShortDay,
  formatTimeRange,
  intlLanguageName,
  townDayKey,
  townMidnight,
  weekdayName,
} from './format';

describe('locale formatting', () => {
  it('shows times in Europe/London on both sides of the October clock change', () => {
    // 09:00 UTC is 10:00 in British Summer Time (until 25 October 2026), then 09:00 in GMT.
    expect(formatTimeRange('2026-10-24T09:00:00Z', '2026-10-24T10:00:00Z', 'en-GB')).toBe(
      '10:00–11:00',
    );
    expect(formatTimeRange('2026-10-26T09:00:00Z', '2026-10-26T10:00:00Z', 'en-GB')).toBe(
      '09:00–10:00',
    );
  });

  it('writes a day and time range in the chosen language', () => {
    expect(formatDayAndTimeRange('2026-10-13T09:00:00Z', '2026-10-13T10:30:00Z', 'en-GB')).toBe(
      'Tuesday 13 October, 10:00–11:30',
    );
    expect(formatDayAndTimeRange('2026-10-13T09:00:00Z', '2026-10-13T10:30:00Z', 'pl')).toBe(
      'wtorek, 13 października, 10:00–11:30',
    );
  });

  it('groups instants by the calendar day in the town, not in UTC', () => {
    // 23:30 UTC on 31 July is already 1 August in London.
    expect(townDayKey('2026-07-31T23:30:00Z')).toBe('2026-08-01');
  });

  it('names ISO weekdays in each language', () => {
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(7, 'en-GB')).toBe('Sunday');
    expect(weekdayName(3, 'pl')).toBe('środa');
    expect(weekdayName(5, 'ur')).toBe('جمعہ');
  });

  it('writes wall-clock opening times without shifting them', () => {
    expect(formatClockTime('09:30', 'en-GB')).toBe('09:30');
    expect(formatClockTime('17:00', 'pl')).toBe('17:00');
  });

  it('writes prices in pounds', () => {
    expect(formatPence(250, 'en-GB')).toBe('£2.50');
    expect(formatPence(150, 'pl')).toBe('1,50\u00a0£');
  });

  it('names languages, and admits when it cannot', () => {
    expect(intlLanguageName('ur', 'en-GB')).toBe('Urdu');
    expect(intlLanguageName('pl', 'pl')).toBe('polski');
    expect(intlLanguageName('bsl', 'en-GB')).toBeNull();
  });

  it('writes when something happened in London time, on a 24-hour clock', () => {
    expect(formatDateTime('2025-10-14T09:30:00Z', 'en-GB')).toBe('14 October 2025 at 10:30');
    expect(formatTime('2025-12-01T14:05:00Z', 'en-GB')).toBe('14:05');
  });

  it('names a month and a year', () => {
    expect(formatMonth('2026-03', 'en-GB')).toBe('March 2026');
    expect(formatMonth('2026-03', 'pl')).toBe('marzec 2026');
  });

  it("says a child's age in months until two, then in years, with each language's plurals", () => {
    expect(formatAge(1, 'en-GB')).toBe('1 month');
    expect(formatAge(7, 'en-GB')).toBe('7 months');
    expect(formatAge(30, 'en-GB')).toBe('2 years');
    expect(formatAge(3, 'pl')).toBe('3 miesiące');
    expect(formatAge(5, 'pl')).toBe('5 miesięcy');
  });
});

describe('town days', () => {
  it('begin at midnight in London, in summer and in winter', () => {
    expect(townMidnight('2026-07-01')).toBe('2026-06-30T23:00:00.000Z');
    expect(townMidnight('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
    // The clocks go back at 02:00 BST on 25 October: that day still began in summer time.
    expect(townMidnight('2026-10-25')).toBe('2026-10-24T23:00:00.000Z');
    expect(townMidnight('2026-10-26')).toBe('2026-10-26T00:00:00.000Z');
  });

  it('count on across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it('have short names for a day picker', () => {
    expect(formatShortDay('2026-11-23', 'en-GB')).toBe('Mon 23');
  });
});
