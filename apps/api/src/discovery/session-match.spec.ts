import { AccessibilityFeature, GroupKind } from '@village/shared';
import {
  Candidate,
  explainMatch,
  MatchReasonKind,
  occurrencesInWindow,
  SessionCriteria,
  townDayAndMinute,
  walkingMinutes,
} from './session-match';

const LONDON = 'Europe/London';
const criteria = (overrides: Partial<SessionCriteria> = {}): SessionCriteria => ({
  ageMonths: null,
  expecting: false,
  languages: [],
  freeOnly: false,
  accessibility: [],
  groupKinds: [],
  text: null,
  weekdays: [],
  startsFrom: null,
  startsBy: null,
  ...overrides,
});
const candidate = (overrides: Partial<Candidate> = {}): Candidate => ({
  distanceMetres: 800,
  minAgeMonths: 0,
  maxAgeMonths: 12,
  languages: ['en', 'ur'],
  costPence: 0,
  accessibility: [AccessibilityFeature.STEP_FREE],
  groupKind: GroupKind.PARENT_AND_BABY,
  textMatched: false,
  occurrences: [{ start: new Date('2026-11-24T10:00:00Z'), end: new Date('2026-11-24T11:00:00Z') }],
  ...overrides,
});

describe('walkingMinutes', () => {
  it('walks at a pram’s pace along streets, never less than a minute', () => {
    expect(walkingMinutes(800)).toBe(13);
    expect(walkingMinutes(2000)).toBe(33);
    expect(walkingMinutes(10)).toBe(1);
  });
});

describe('townDayAndMinute', () => {
  it('reads the weekday and time on the town’s clock, across the clock change', () => {
    // Tuesday 10:00 in London is 10:00Z in winter and 09:00Z in summer.
    expect(townDayAndMinute(new Date('2026-11-24T10:00:00Z'), LONDON)).toEqual({
      weekday: 2,
      minute: 600,
    });
    expect(townDayAndMinute(new Date('2026-06-02T09:00:00Z'), LONDON)).toEqual({
      weekday: 2,
      minute: 600,
    });
  });
});

describe('occurrencesInWindow', () => {
  const tuesdayMorning = {
    start: new Date('2026-11-24T10:00:00Z'),
    end: new Date('2026-11-24T11:00:00Z'),
  };
  const thursdayAfternoon = {
    start: new Date('2026-11-26T14:00:00Z'),
    end: new Date('2026-11-26T15:00:00Z'),
  };
  it('keeps only the asked weekdays and start times', () => {
    const both = [tuesdayMorning, thursdayAfternoon];
    expect(
      occurrencesInWindow(both, { weekdays: [2], startsFrom: null, startsBy: null }, LONDON),
    ).toEqual([tuesdayMorning]);
    expect(
      occurrencesInWindow(both, { weekdays: [], startsFrom: 9 * 60, startsBy: 12 * 60 }, LONDON),
    ).toEqual([tuesdayMorning]);
    expect(
      occurrencesInWindow(both, { weekdays: [], startsFrom: null, startsBy: null }, LONDON),
    ).toEqual(both);
  });
});

describe('explainMatch', () => {
  it('gives a reason for every filter passed', () => {
    const { reasons } = explainMatch(
      candidate(),
      criteria({
        ageMonths: 8,
        languages: ['ur'],
        freeOnly: true,
        accessibility: [AccessibilityFeature.STEP_FREE],
        weekdays: [2],
      }),
      LONDON,
    );
    expect(reasons).toEqual([
      { kind: MatchReasonKind.NEARBY, detail: '0.8 km' },
      { kind: MatchReasonKind.FITS_CHILD_AGE, detail: '0 to 12 months' },
      { kind: MatchReasonKind.IN_LANGUAGE, detail: 'ur' },
      { kind: MatchReasonKind.FREE, detail: 'free' },
      { kind: MatchReasonKind.ACCESSIBLE, detail: 'STEP_FREE' },
      { kind: MatchReasonKind.ON_DAY_AND_TIME, detail: 'TU 10:00' },
    ]);
  });

  it('fits a closer session, in the asked language, around the child’s age, better', () => {
    const asked = criteria({ ageMonths: 6, languages: ['ur'] });
    const near = explainMatch(candidate({ distanceMetres: 300 }), asked, LONDON).fit;
    const far = explainMatch(candidate({ distanceMetres: 1900 }), asked, LONDON).fit;
    const english = explainMatch(
      candidate({ distanceMetres: 300, languages: ['en'] }),
      asked,
      LONDON,
    ).fit;
    const edgeOfAge = explainMatch(
      candidate({ distanceMetres: 300, minAgeMonths: 6, maxAgeMonths: 36 }),
      asked,
      LONDON,
    ).fit;
    expect(near).toBeGreaterThan(far);
    expect(near).toBeGreaterThan(english);
    expect(near).toBeGreaterThan(edgeOfAge);
    expect(near).toBeLessThanOrEqual(1);
  });
});
