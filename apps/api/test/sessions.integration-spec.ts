import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

describe('spaces and sessions through GraphQL', () => {
  let api: TestApi;
  let organiser: Member;
  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser O.');
    await createGroup(organiser, { name: 'First Group' });
  });
  afterAll(() => api.close());

  it('gives the next dates of a weekly session in London time across the March clock change', async () => {
    const group = await createGroup(organiser);
    const space = await createSpace(organiser);
    const session = await createSession(organiser, { groupId: group.id, spaceId: space.id });
    // The occurrences are computed from now, so ask for enough of them to cover a whole year.
    const result = await api.gql(
      graphql(`
        query SessionsSession($id: ID!) {
          session(id: $id) {
            nextOccurrences(count: 10)
            group {
              name
            }
            space {
              name
              accessibility
            }
          }
        }
      `),
      { id: session.id },
    );
    expect(result.errors).toBeUndefined();
    const { nextOccurrences, group: g, space: s } = result.data!['session'];
    expect(g.name).toBe('Bumps and Babies');
    expect(s.accessibility).toEqual(['STEP_FREE', 'BABY_CHANGE']);
    expect(nextOccurrences).toHaveLength(10);
    for (const iso of nextOccurrences as string[]) {
      const londonTime = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        hour: '2-digit',
        minute: '2-digit',
        weekday: 'short',
      }).format(new Date(iso));
      expect(londonTime).toBe('Tue 10:00');
    }
  });

  it('skips cancelled dates in the next dates', async () => {
    const group = await createGroup(organiser);
    const space = await createSpace(organiser);
    const session = await createSession(organiser, { groupId: group.id, spaceId: space.id });
    const next = async () =>
      (
        await api.gql(
          graphql(`
            query SessionsSession2($id: ID!) {
              session(id: $id) {
                nextOccurrences(count: 2)
              }
            }
          `),
          {
            id: session.id,
          },
        )
      ).data!['session'].nextOccurrences as string[];
    const [first, second] = await next();
    const londonDate = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));
    await api.dataSource.query(`UPDATE session SET cancelled_dates = $2::date[] WHERE id = $1`, [
      session.id,
      [londonDate(first!)],
    ]);
    expect((await next())[0]).toBe(second);
  });

  it('lists what is on in a window, soonest first, filtered by age and language', async () => {
    const group = await createGroup(organiser, { name: 'Polish Parents' });
    const space = await createSpace(organiser, { name: 'Central Library', kind: 'LIBRARY' });
    await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title: 'Rymowanki',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      startTime: '11:00',
      languages: ['pl'],
      minAgeMonths: 0,
      maxAgeMonths: 24,
    });
    await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title: 'Toddler Time',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
      startTime: '09:30',
      minAgeMonths: 18,
      maxAgeMonths: 48,
    });
    const result = await api.gql(
      graphql(`
        query SessionsUpcomingSessions {
          upcomingSessions(from: "2026-11-23T00:00:00Z", days: 7, language: "pl", ageMonths: 8) {
            startsAt
            session {
              title
              languages
            }
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['upcomingSessions']).toEqual([
      { startsAt: '2026-11-23T11:00:00.000Z', session: { title: 'Rymowanki', languages: ['pl'] } },
    ]);

    const week = await api.gql(
      graphql(`
        query SessionsUpcomingSessions2 {
          upcomingSessions(from: "2026-11-23T00:00:00Z", days: 7) {
            startsAt
            session {
              title
            }
          }
        }
      `),
    );
    const starts = week.data!['upcomingSessions'].map((o) => o.startsAt);
    expect([...starts].sort()).toEqual(starts);
  });

  it('looks ahead from the last day a DateTime may name without reaching past it', async () => {
    const late = await api.gql(
      graphql(`
        query SessionsUpcomingSessions3 {
          upcomingSessions(from: "9999-12-31T00:00:00Z", days: 14) {
            startsAt
          }
        }
      `),
    );
    expect(late.errors).toBeUndefined();
    for (const { startsAt } of late.data!['upcomingSessions'])
      expect(startsAt.startsWith('9999-12-31T')).toBe(true);
  });

  it('refuses an invalid recurrence rule or age range with a clear message', async () => {
    const group = await createGroup(organiser);
    const space = await createSpace(organiser);
    const bad = await organiser.gql(
      graphql(`
        mutation SessionsCreateSession($input: CreateSessionInput!) {
          createSession(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          groupId: group.id,
          spaceId: space.id,
          title: 'Bad',
          recurrence: 'FREQ=SECONDLY',
          startDate: '2026-01-06',
          startTime: '10:00',
          durationMinutes: 60,
          minAgeMonths: 0,
          maxAgeMonths: 12,
        },
      },
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: 'Sessions cannot repeat SECONDLY; use DAILY, WEEKLY, MONTHLY or YEARLY.',
      extensions: { code: 'BAD_USER_INPUT', field: 'recurrence' },
    });

    const ages = await organiser.gql(
      graphql(`
        mutation SessionsCreateSession2($input: CreateSessionInput!) {
          createSession(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          groupId: group.id,
          spaceId: space.id,
          title: 'Bad ages',
          recurrence: 'FREQ=WEEKLY;BYDAY=MO',
          startDate: '2026-01-05',
          startTime: '25:00',
          durationMinutes: 60,
          minAgeMonths: 12,
          maxAgeMonths: 0,
        },
      },
    );
    expect(ages.errors?.[0]?.message).toMatch(/startTime must be a time such as 10:30/);
  });

  it('expresses pregnancy as negative months and finds antenatal sessions for an expecting parent', async () => {
    const group = await createGroup(organiser, { name: 'Bump Club' });
    const space = await createSpace(organiser);
    await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title: 'Antenatal Yoga',
      minAgeMonths: -9,
      maxAgeMonths: 0,
    });
    const result = await api.gql(
      graphql(`
        query SessionsSessions {
          sessions(ageMonths: -3, first: 50) {
            edges {
              node {
                title
                minAgeMonths
              }
            }
          }
        }
      `),
    );
    expect(result.data!['sessions'].edges.map((e) => e.node.title)).toContain('Antenatal Yoga');
  });

  it('filters spaces by accessibility and lists the sessions held there', async () => {
    const group = await createGroup(organiser);
    const stepFree = await createSpace(organiser, {
      name: 'Step-free Hall',
      accessibility: ['STEP_FREE', 'PRAM_SPACE'],
    });
    await createSpace(organiser, { name: 'Upstairs Room', accessibility: [] });
    await createSession(organiser, {
      groupId: group.id,
      spaceId: stepFree.id,
      title: 'Rhyme Time',
    });
    const result = await api.gql(
      graphql(`
        query SessionsSpaces {
          spaces(accessibility: [STEP_FREE, PRAM_SPACE]) {
            edges {
              node {
                name
                sessions {
                  title
                }
                openingHours {
                  weekday
                  opens
                  closes
                }
              }
            }
          }
        }
      `),
    );
    const names = result.data!['spaces'].edges.map((e) => e.node.name);
    expect(names).toContain('Step-free Hall');
    expect(names).not.toContain('Upstairs Room');
  });

  it('refuses opening hours that close before they open', async () => {
    const result = await organiser.gql(
      graphql(`
        mutation SessionsCreateSpace {
          createSpace(
            input: {
              name: "Odd Hours"
              kind: CAFE
              latitude: 53.8
              longitude: -1.75
              openingHours: [{ weekday: 1, opens: "17:00", closes: "09:00" }]
            }
          ) {
            id
          }
        }
      `),
    );
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'openingHours' },
    });
  });

  describe('input errors', () => {
    let groupId: string;
    let spaceId: string;
    const create = (input: Record<string, unknown>) =>
      organiser.gql(
        graphql(`
          mutation SessionsCreateSession3($input: CreateSessionInput!) {
            createSession(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            groupId,
            spaceId,
            title: 'Stay and Play',
            recurrence: 'FREQ=WEEKLY;BYDAY=TU',
            startDate: '2026-01-06',
            startTime: '10:00',
            durationMinutes: 60,
            minAgeMonths: 0,
            maxAgeMonths: 12,
            ...input,
          },
        },
      );
    beforeAll(async () => {
      groupId = (await createGroup(organiser)).id;
      spaceId = (await createSpace(organiser)).id;
    });

    it.each([['2026-13-01'], ['2026-02-30'], ['1 September'], ['2026-09-01T10:00:00Z']])(
      'says once that startDate %p is not a date, naming the field',
      async (startDate) => {
        const result = await create({ startDate });
        expect(result.errors).toHaveLength(1);
        expect(result.errors?.[0]).toMatchObject({
          message: 'startDate must be a date such as 2026-09-01',
          extensions: { code: 'BAD_USER_INPUT', field: 'startDate' },
        });
      },
    );

    it('names startTime as the field of a bad start time', async () => {
      const result = await create({ startTime: '25:00' });
      expect(result.errors?.[0]).toMatchObject({
        message: 'startTime must be a time such as 10:30',
        extensions: { code: 'BAD_USER_INPUT', field: 'startTime' },
      });
    });

    it('names the first field when several are wrong, and gives every message once', async () => {
      const result = await create({ startDate: 'soon', startTime: 'noon' });
      expect(result.errors?.[0]).toMatchObject({
        message:
          'startDate must be a date such as 2026-09-01; startTime must be a time such as 10:30',
        extensions: { code: 'BAD_USER_INPUT', field: 'startDate' },
      });
    });

    it('refuses control characters in a title, and any but line breaks in a description', async () => {
      for (const [input, field] of [
        [{ title: 'Rhymes\r\nBEGIN:VEVENT' }, 'title'],
        [{ title: 'Rhymes\u001b[31m' }, 'title'],
        [{ description: 'Songs\u001b' }, 'description'],
      ] as const) {
        const result = await create(input);
        expect(result.errors?.[0]).toMatchObject({
          message: expect.stringMatching(new RegExp(`^${field} cannot contain control characters`)),
          extensions: { code: 'BAD_USER_INPUT', field },
        });
      }
      expect((await create({ description: 'Songs\r\nand rhymes' })).errors).toBeUndefined();
    });

    it('screens titles and descriptions as posts are screened', async () => {
      const refused = await create({ description: 'Text me on 07700 900 123 to book' });
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/phone numbers, email addresses/),
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'description',
          contactDetails: 'PHONE_NUMBER',
        },
      });
      const risky = await create({ title: 'Come alone to my flat' });
      expect(risky.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/come alone/),
        extensions: { code: 'BAD_USER_INPUT', field: 'title', riskRule: 'MEETING_ALONE' },
      });
      const ordinary = await create({
        title: 'Baby clinic',
        description: 'The session is at 10 am. Health visitors give advice on medicines.',
      });
      expect(ordinary.errors).toBeUndefined();
      const update = await organiser.gql(
        graphql(`
          mutation SessionsUpdateSession($id: ID!, $input: UpdateSessionInput!) {
            updateSession(id: $id, input: $input) {
              id
            }
          }
        `),
        { id: ordinary.data!['createSession'].id, input: { description: 'insta @babyclinic_sue' } },
      );
      expect(update.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'description',
      });
    });
  });
});
