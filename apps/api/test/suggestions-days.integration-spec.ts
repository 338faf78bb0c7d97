import { areaCellFor } from '@village/shared';
import { graphql } from './gql';
import { createGroup, createSession, createSpace } from './support/factories';
import { month } from './support/months';
import { Member, startTestApi, TestApi } from './support/test-api';

// "Days that suit me" (issue 12; docs/social-graph.md#suggestions-that-build-bridges): sessions on
// a day that suits her come first and say so; the others are still suggested, after them; with no
// days said, nothing changes.

const SUGGESTED = graphql(`
  query SuggestionsDaysSuggested {
    suggestedSessions {
      items(first: 10) {
        match {
          session {
            title
          }
        }
        reasons {
          kind
          detail
        }
      }
    }
  }
`);
const SET_DAYS = graphql(`
  mutation SuggestionsDaysSet($days: [Int!]) {
    updateMyProfile(input: { suitableWeekdays: $days }) {
      suitableWeekdays
    }
  }
`);
const MY_DAYS = graphql(`
  query SuggestionsDaysMine {
    me {
      person {
        suitableWeekdays
      }
    }
  }
`);

/** The area around the test's space (factories put spaces at 53.7946, -1.7564). */
const HOME = areaCellFor(53.7946, -1.7564);

let api: TestApi;
let organiser: Member;
let group: { id: string };
let space: { id: string };
let parent: Member;

/** Each suggestion's title, with its ON_YOUR_DAY detail when it has one. */
async function suggested(): Promise<[string, string | null][]> {
  const result = await parent.gql(SUGGESTED, {});
  expect(result.errors).toBeUndefined();
  return result.data!['suggestedSessions'].items.map(({ match, reasons }) => [
    match.session.title,
    reasons.find((reason) => reason.kind === 'ON_YOUR_DAY')?.detail ?? null,
  ]);
}

async function setDays(days: number[] | null): Promise<number[] | null> {
  const result = await parent.gql(SET_DAYS, { days });
  expect(result.errors).toBeUndefined();
  return result.data!['updateMyProfile'].suitableWeekdays;
}

beforeAll(async () => {
  api = await startTestApi();
  organiser = await api.signUp('Olu Organiser');
  group = await createGroup(organiser, { name: 'Westgate Families' });
  space = await createSpace(organiser);
  // One place, so one distance: her 10-month-old fits the narrower age ranges better (fit A > C > B).
  for (const [title, recurrence, startTime, maxAgeMonths] of [
    ['Tuesday Rhymes', 'FREQ=WEEKLY;BYDAY=TU', '10:00', 24],
    ['Monday and Thursday Sing', 'FREQ=WEEKLY;BYDAY=MO,TH', '13:30', 36],
    ['Thursday Stay and Play', 'FREQ=WEEKLY;BYDAY=TH', '10:00', 48],
  ] as const)
    await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title,
      recurrence,
      startDate: '2026-01-05',
      startTime,
      maxAgeMonths,
    });
  parent = await api.signUp('Dana Days', {
    profile: {
      areaCell: HOME,
      languages: ['en'],
      lifeStage: { dueMonth: null, childBirthMonths: [month(-10)] },
    },
  });
});

afterAll(async () => {
  await api?.close();
});

const BY_FIT: [string, null][] = [
  ['Tuesday Rhymes', null],
  ['Monday and Thursday Sing', null],
  ['Thursday Stay and Play', null],
];

describe('days that suit me', () => {
  it('with no days said, suggests by fit and says nothing of days', async () => {
    expect(await suggested()).toEqual(BY_FIT);
  });

  it('puts sessions on her days first and says when, and still suggests the others after them', async () => {
    expect(await setDays([4])).toEqual([4]);
    expect(await suggested()).toEqual([
      // It meets on Mondays too: its Thursdays are what suit her.
      ['Monday and Thursday Sing', 'TH 13:30'],
      ['Thursday Stay and Play', 'TH 10:00'],
      ['Tuesday Rhymes', null],
    ]);
  });

  it('orders sessions that are all on her days by fit, each saying which day', async () => {
    expect(await setDays([4, 2])).toEqual([2, 4]);
    expect(await suggested()).toEqual([
      ['Tuesday Rhymes', 'TU 10:00'],
      ['Monday and Thursday Sing', 'TH 13:30'],
      ['Thursday Stay and Play', 'TH 10:00'],
    ]);
  });

  it('hides nothing when no session is on her days', async () => {
    await setDays([6, 7]);
    expect(await suggested()).toEqual(BY_FIT);
  });

  it('keeps her days when a profile change leaves them out, and any day again once cleared', async () => {
    await setDays([3]);
    expect(await setDays(null)).toEqual([3]);
    expect(await setDays([])).toEqual([]);
    expect(await suggested()).toEqual(BY_FIT);
  });

  // Only she reads them (OwnProfile): the access matrix runs Person.suitableWeekdays as every role.
  it('gives her own days back to her', async () => {
    await setDays([1, 5]);
    const mine = await parent.gql(MY_DAYS, {});
    expect(mine.data!['me']!.person.suitableWeekdays).toEqual([1, 5]);
  });

  it('finds her day among all the coming dates, not only the first few shown', async () => {
    // Daily from the day after tomorrow: its first three dates are days 2 to 4 from now, and day 6
    // (the weekday before today's) is the first on her day.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
    await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title: 'Daily Drop-in',
      recurrence: 'FREQ=DAILY',
      startDate: day(2).toISOString().slice(0, 10),
      startTime: '10:00',
    });
    const weekday = (day(6).getUTCDay() + 6) % 7; // 0 = Monday
    await setDays([weekday + 1]);
    const code = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][weekday];
    expect(await suggested()).toContainEqual(['Daily Drop-in', `${code} 10:00`]);
    await setDays([]);
  });

  it('refuses a day that is not Monday to Sunday, and a day twice, saying why', async () => {
    await setDays([1, 5]);
    for (const [days, message] of [
      [[0], 'suitableWeekdays must be whole numbers from 1 to 7'],
      [[8], 'suitableWeekdays must be whole numbers from 1 to 7'],
      [[2, 2], 'suitableWeekdays must not repeat a day'],
    ] as const) {
      const result = await parent.gql(SET_DAYS, { days: [...days] });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(message);
    }
    const [{ suitable_weekdays }] = await api.dataSource.query(
      `SELECT suitable_weekdays FROM person WHERE id = $1`,
      [parent.personId],
    );
    expect(suitable_weekdays).toEqual([1, 5]);
    // The table refuses them too, whatever writes it.
    await expect(
      api.dataSource.query(`UPDATE person SET suitable_weekdays = '{0}' WHERE id = $1`, [
        parent.personId,
      ]),
    ).rejects.toThrow(/CHK_person_suitable_weekdays/);
  });
});
