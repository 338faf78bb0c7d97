import { nextOccurrences, recurrenceRuleProblem } from '@village/shared';
import {
  buildRule,
  choicesFromRule,
  defaultChoices,
  firstDateFor,
  monthWeekOf,
  type RepeatChoices,
} from './recurrence-builder';

const base: RepeatChoices = { ...defaultChoices('2027-01-05'), weekday: 2 };

describe('the recurrence builder', () => {
  it.each<[string, Partial<RepeatChoices>, string]>([
    ['weekly on Tuesdays', {}, 'FREQ=WEEKLY;BYDAY=TU'],
    [
      'fortnightly on Saturdays',
      { frequency: 'fortnightly', weekday: 6 },
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA',
    ],
    [
      'the first Monday of the month',
      { frequency: 'monthly', weekday: 1, nth: 1 },
      'FREQ=MONTHLY;BYDAY=1MO',
    ],
    [
      'the last Friday of the month',
      { frequency: 'monthly', weekday: 5, nth: -1 },
      'FREQ=MONTHLY;BYDAY=-1FR',
    ],
    ['weekly, six times', { ends: 'after', count: '6' }, 'FREQ=WEEKLY;BYDAY=TU;COUNT=6'],
    [
      'fortnightly until a date',
      { frequency: 'fortnightly', ends: 'on', until: '2027-03-30' },
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270330T235959Z',
    ],
  ])('writes %s as a valid rule and reads it back', (_what, choices, rule) => {
    const chosen = { ...base, ...choices };
    expect(buildRule(chosen)).toBe(rule);
    expect(recurrenceRuleProblem(rule)).toBeNull();
    const back = choicesFromRule(rule, firstDateFor(chosen, '2027-01-05'))!;
    expect(buildRule(back)).toBe(rule);
    expect({ ...back, nth: chosen.frequency === 'monthly' ? back.nth : chosen.nth }).toEqual(
      chosen,
    );
  });

  it('includes the end date itself', () => {
    const rule = buildRule({ ...base, ends: 'on', until: '2027-01-19' });
    const dates = nextOccurrences(
      {
        rule,
        startDate: '2027-01-05',
        startTime: '10:00',
        durationMinutes: 60,
        timeZone: 'Europe/London',
      },
      new Date('2027-01-01T00:00:00Z'),
      10,
    ).map((o) => o.occursOn);
    expect(dates).toEqual(['2027-01-05', '2027-01-12', '2027-01-19']);
  });

  it('cannot show rules it does not build, so the form keeps them as they are', () => {
    expect(choicesFromRule('FREQ=WEEKLY;BYDAY=MO,TH', '2027-01-04')).toBeNull();
    expect(choicesFromRule('FREQ=DAILY', '2027-01-04')).toBeNull();
    expect(choicesFromRule('FREQ=WEEKLY;BYDAY=MO;WKST=SU', '2027-01-04')).toBeNull();
  });

  it('moves the first date forward to the first date the choices give', () => {
    expect(firstDateFor({ ...base, weekday: 4 }, '2027-01-05')).toBe('2027-01-07');
    expect(firstDateFor({ ...base, frequency: 'monthly', weekday: 1, nth: 1 }, '2027-01-05')).toBe(
      '2027-02-01',
    );
    expect(firstDateFor({ ...base, frequency: 'monthly', weekday: 5, nth: -1 }, '2027-01-05')).toBe(
      '2027-01-29',
    );
  });

  it('knows which week of the month a date is in', () => {
    expect(monthWeekOf('2027-01-05')).toBe(1);
    expect(monthWeekOf('2027-01-19')).toBe(3);
    expect(monthWeekOf('2027-01-26')).toBe(-1);
  });
});
