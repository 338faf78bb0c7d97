import {
  nextOccurrences,
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

  it('explains unusable rules in plain words', () => {
    expect(recurrenceRuleProblem('FREQ=WEEKLY;BYDAY=TU')).toBeNull();
    expect(recurrenceRuleProblem('FREQ=SECONDLY')).toMatch(/daily, weekly, monthly or yearly/);
    expect(recurrenceRuleProblem('DTSTART:20260101T100000Z\nRRULE:FREQ=WEEKLY')).toMatch(
      /separately/,
    );
    expect(recurrenceRuleProblem('not a rule')).toMatch(/not valid|needs a FREQ/);
  });
});
