import ICAL from 'ical.js';
import { townDateTime } from './support/check-in';
import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

/** "I'm going" per date, waiting lists, organisers' view, my upcoming dates, feed and data rights. */
describe('going to a date of a session', () => {
  let api: TestApi;
  let organiser: Member;
  let groupId: string;
  let spaceId: string;
  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser O.');
    groupId = (await createGroup(organiser, { name: 'Little Sparks' })).id;
    spaceId = (await createSpace(organiser, { name: 'Eastgate Hall' })).id;
  });
  afterAll(() => api.close());

  const NEXT_DATES = graphql(`
    query GoingNextDates($id: ID!) {
      session(id: $id) {
        occurrences(count: 3, includeCancelled: false) {
          occursOn
          goingCount
          waitingCount
          placesLeft
        }
      }
    }
  `);
  const MY_RSVP = graphql(`
    query GoingMyRsvp($id: ID!) {
      session(id: $id) {
        occurrences(count: 1, includeCancelled: false) {
          occursOn
          myRsvp {
            status
            waitingPosition
          }
        }
      }
    }
  `);
  const GO = graphql(`
    mutation GoingGoToSession($s: ID!, $d: String!, $share: Boolean!) {
      goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: $share) {
        occursOn
        status
        waitingPosition
        nameSharedWithOrganisers
      }
    }
  `);
  const CANCEL = graphql(`
    mutation GoingCancelGoing($s: ID!, $d: String!) {
      cancelGoing(sessionId: $s, occursOn: $d)
    }
  `);
  const ATTENDEES = graphql(`
    query GoingSessionAttendees($s: ID!, $d: String!) {
      sessionAttendees(sessionId: $s, occursOn: $d) {
        occursOn
        goingCount
        waitingCount
        named {
          displayName
          status
        }
      }
    }
  `);
  const UPCOMING = graphql(`
    query GoingMyUpcomingSessions($first: Int!, $after: String) {
      myUpcomingSessions(first: $first, after: $after) {
        edges {
          node {
            occursOn
            status
            cancelled
            session {
              title
            }
            occurrence {
              startsAt
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `);

  async function newSession(title: string, capacity: number | null) {
    const session = await createSession(organiser, {
      groupId,
      spaceId,
      title,
      capacity,
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      startDate: '2026-01-06',
    });
    const dates = (await api.gql(NEXT_DATES, { id: session.id })).data!['session'].occurrences;
    return { id: session.id, dates: dates.map((date) => date.occursOn) };
  }

  /** Asks again until `check` passes (at most 10 s): moving people up follows the change's commit. */
  async function eventually(check: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const parents = (tag: string, count: number) =>
    Promise.all(
      Array.from({ length: count }, (_, i) => api.signUp(`Parent ${tag}${i.toString(36)}.`)),
    );

  it('says going until the places are taken, then puts people on the waiting list, and moves the first up when a place frees', async () => {
    const { id, dates } = await newSession('Baby Rhymes', 2);
    const day = dates[0]!;
    const [amira, bea, cara, dina] = await parents('a', 4);
    const go = (member: Member) => member.gql(GO, { s: id, d: day, share: false });

    expect((await go(amira!)).data!['goToSession']).toEqual({
      occursOn: day,
      status: 'GOING',
      waitingPosition: null,
      nameSharedWithOrganisers: false,
    });
    expect((await go(bea!)).data!['goToSession'].status).toBe('GOING');
    expect((await go(cara!)).data!['goToSession']).toMatchObject({
      status: 'WAITING',
      waitingPosition: 1,
    });
    expect((await go(dina!)).data!['goToSession']).toMatchObject({
      status: 'WAITING',
      waitingPosition: 2,
    });
    // Saying it again changes nothing but the consent.
    expect((await go(cara!)).data!['goToSession']).toMatchObject({ status: 'WAITING' });

    expect((await api.gql(NEXT_DATES, { id })).data!['session'].occurrences[0]).toEqual({
      occursOn: day,
      goingCount: 2,
      waitingCount: 2,
      placesLeft: 0,
    });

    expect((await amira!.gql(CANCEL, { s: id, d: day })).data).toEqual({ cancelGoing: true });
    expect((await amira!.gql(CANCEL, { s: id, d: day })).data).toEqual({ cancelGoing: false });
    const rsvp = async (member: Member) =>
      (await member.gql(MY_RSVP, { id })).data!['session'].occurrences[0]!.myRsvp;
    expect(await rsvp(cara!)).toEqual({ status: 'GOING', waitingPosition: null });
    expect(await rsvp(dina!)).toEqual({ status: 'WAITING', waitingPosition: 1 });
    expect(await rsvp(amira!)).toBeNull();

    // Someone waiting who cancels frees no place.
    await dina!.gql(CANCEL, { s: id, d: day });
    expect((await api.gql(NEXT_DATES, { id })).data!['session'].occurrences[0]).toMatchObject({
      goingCount: 2,
      waitingCount: 0,
      placesLeft: 0,
    });
    // Without capacity there are no places to count.
    const open = await newSession('Open Play', null);
    await amira!.gql(GO, { s: open.id, d: open.dates[0]!, share: false });
    expect((await api.gql(NEXT_DATES, { id: open.id })).data!['session'].occurrences[0]).toEqual({
      occursOn: open.dates[0],
      goingCount: 1,
      waitingCount: 0,
      placesLeft: null,
    });
  });

  it('gives exactly the capacity places to many people saying it at once, the rest waiting in the order they got their answer', async () => {
    const { id, dates } = await newSession('Busy Baby Swim', 3);
    const day = dates[0]!;
    const crowd = await parents('c', 12);
    const answers = await Promise.all(
      crowd.map((member) => member.gql(GO, { s: id, d: day, share: false })),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const rows = await api.dataSource.query<{ status: string }[]>(
      `SELECT status FROM session_rsvp WHERE session_id = $1 AND occurs_on = $2
        ORDER BY created_at, id`,
      [id, day],
    );
    expect(rows.map((row) => row.status)).toEqual([
      ...Array<string>(3).fill('GOING'),
      ...Array<string>(9).fill('WAITING'),
    ]);
    const positions = answers
      .map((answer) => answer.data!['goToSession'].waitingPosition)
      .filter((position) => position !== null)
      .sort((a, b) => a! - b!);
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('moves those waiting up into places added by a raised capacity, before anyone new', async () => {
    const { id, dates } = await newSession('Growing Rhymes', 1);
    const day = dates[0]!;
    const [first, waiting, newcomer] = await parents('g', 3);
    await first!.gql(GO, { s: id, d: day, share: false });
    await waiting!.gql(GO, { s: id, d: day, share: false });
    const raised = await organiser.gql(
      graphql(`
        mutation GoingUpdateSessionCapacity($id: ID!) {
          updateSession(id: $id, input: { capacity: 2 }) {
            capacity
          }
        }
      `),
      { id },
    );
    expect(raised.data).toEqual({ updateSession: { capacity: 2 } });
    // The added place is the waiting person's, given just after the change commits.
    await eventually(async () =>
      expect((await waiting!.gql(MY_RSVP, { id })).data!['session'].occurrences[0]!.myRsvp).toEqual(
        { status: 'GOING', waitingPosition: null },
      ),
    );
    expect(
      (await newcomer!.gql(GO, { s: id, d: day, share: false })).data!['goToSession'],
    ).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    expect((await api.gql(NEXT_DATES, { id })).data!['session'].occurrences[0]).toMatchObject({
      goingCount: 2,
      waitingCount: 1,
      placesLeft: 0,
    });
  });

  it('lists a date already under way among the next dates, and takes "I\'m going" to it', async () => {
    const start = townDateTime(new Date(Date.now() - 10 * 60_000));
    const session = await createSession(organiser, {
      groupId,
      spaceId,
      title: 'Under way now',
      recurrence: 'FREQ=WEEKLY',
      startDate: start.date,
      startTime: start.time,
      durationMinutes: 60,
    });
    const dates = (await api.gql(NEXT_DATES, { id: session.id })).data!['session'].occurrences;
    expect(dates[0]!.occursOn).toBe(start.date);
    const [parent] = await parents('u', 1);
    const answer = await parent!.gql(GO, { s: session.id, d: start.date, share: false });
    expect(answer.errors).toBeUndefined();
  });

  it('refuses dates that are over, cancelled, not dates of the session, or not dates at all', async () => {
    const { id, dates } = await newSession('Refusing Rhymes', null);
    const [member] = await parents('r', 1);
    const message = async (occursOn: string) =>
      (await member!.gql(GO, { s: id, d: occursOn, share: false })).errors?.map((error) => ({
        code: error.extensions?.code,
        message: error.message,
      }));
    expect(await message('2026-01-13')).toEqual([
      { code: 'BAD_USER_INPUT', message: 'That date is over.' },
    ]);
    // A Wednesday: the session is on Tuesdays.
    const wednesday = new Date(Date.parse(`${dates[0]}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(await message(wednesday)).toEqual([
      { code: 'BAD_USER_INPUT', message: "That session doesn't happen on that date." },
    ]);
    expect(await message('next tuesday')).toEqual([
      { code: 'BAD_USER_INPUT', message: 'occursOn must be a date like 2026-05-04' },
    ]);
    await api.dataSource.query(`UPDATE session SET cancelled_dates = $2 WHERE id = $1`, [
      id,
      [dates[1]],
    ]);
    expect(await message(dates[1]!)).toEqual([
      { code: 'BAD_USER_INPUT', message: 'That date has been cancelled.' },
    ]);
    expect(
      (await member!.gql(CANCEL, { s: id, d: '2026-01-13' })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await api.gql(GO, { s: id, d: dates[0]!, share: false })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      await api.dataSource.query(`SELECT 1 FROM session_rsvp WHERE session_id = $1`, [id]),
    ).toEqual([]);
  });

  it('shows the organisers counts of everyone and the names only of those who shared them, and logs each name read', async () => {
    const { id, dates } = await newSession('Named Rhymes', 1);
    const day = dates[0]!;
    const [sharer, quiet, waiter] = await parents('n', 3);
    await sharer!.gql(GO, { s: id, d: day, share: true });
    await quiet!.gql(GO, { s: id, d: day, share: false });
    await waiter!.gql(GO, { s: id, d: day, share: true });
    // Changing one's mind about the name.
    expect(
      (await quiet!.gql(GO, { s: id, d: day, share: false })).data!['goToSession']
        .nameSharedWithOrganisers,
    ).toBe(false);

    expect((await organiser.gql(ATTENDEES, { s: id, d: day })).data).toEqual({
      sessionAttendees: {
        occursOn: day,
        goingCount: 1,
        waitingCount: 2,
        named: [
          { displayName: 'Parent n0.', status: 'GOING' },
          { displayName: 'Parent n2.', status: 'WAITING' },
        ],
      },
    });
    const refused = await sharer!.gql(ATTENDEES, { s: id, d: day });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();

    const log = await sharer!.gql(
      graphql(`
        query GoingDataAccessLog {
          me {
            dataAccessLog(first: 10) {
              edges {
                node {
                  action
                  basis
                  actor {
                    displayName
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(log.data!['me']!.dataAccessLog.edges.map((edge) => edge.node)).toEqual([
      {
        action: 'read:Query.sessionAttendees',
        basis: 'ORGANISER',
        actor: { displayName: 'Organiser O.' },
      },
    ]);
  });

  it('lists my upcoming dates soonest first, a page at a time, with cancelled ones marked', async () => {
    const { id, dates } = await newSession('Upcoming Rhymes', null);
    const [member] = await parents('u', 1);
    for (const day of [dates[2]!, dates[0]!, dates[1]!])
      await member!.gql(GO, { s: id, d: day, share: false });
    await api.dataSource.query(`UPDATE session SET cancelled_dates = $2 WHERE id = $1`, [
      id,
      [dates[1]],
    ]);
    const first = (await member!.gql(UPCOMING, { first: 2 })).data!['myUpcomingSessions'];
    expect(first.edges.map((edge) => [edge.node.occursOn, edge.node.cancelled])).toEqual([
      [dates[0], false],
      [dates[1], true],
    ]);
    expect(first.edges[0]!.node).toMatchObject({
      status: 'GOING',
      session: { title: 'Upcoming Rhymes' },
    });
    expect(first.edges[1]!.node.occurrence!.startsAt).toMatch(new RegExp(`^${dates[1]}T`));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await member!.gql(UPCOMING, { first: 2, after: first.pageInfo.endCursor }))
      .data!['myUpcomingSessions'];
    expect(second.edges.map((edge) => edge.node.occursOn)).toEqual([dates[2]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(
      (await member!.gql(UPCOMING, { first: 2, after: 'not-a-cursor' })).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('counts going for a page of dates in one batch', async () => {
    const { id } = await newSession('Batched Rhymes', 5);
    const statements = await api.countQueries(async () => {
      const result = await api.gql(NEXT_DATES, { id });
      expect(result.data!['session'].occurrences).toHaveLength(3);
    });
    // The session, then one query for the counts of all three dates.
    expect(statements).toBe(2);
  });

  it('puts the dates I am going to in my private calendar feed', async () => {
    const { id, dates } = await newSession('Feed Rhymes', 4);
    const [member] = await parents('f', 1);
    await member!.gql(GO, { s: id, d: dates[1]!, share: false });
    const url = (
      await member!.gql(
        graphql(`
          mutation GoingNewMyCalendarFeed {
            newMyCalendarFeed
          }
        `),
      )
    ).data!['newMyCalendarFeed'];
    const events = new ICAL.Component(
      ICAL.parse(await (await fetch(`${api.url}${new URL(url).pathname}`)).text()),
    ).getAllSubcomponents('vevent');
    expect(
      events.map((event) => [
        String(event.getFirstPropertyValue('summary')),
        String(event.getFirstPropertyValue('dtstart')),
        String(event.getFirstPropertyValue('rrule')),
      ]),
    ).toEqual([['Feed Rhymes', `${dates[1]}T10:00:00`, 'FREQ=DAILY;COUNT=1']]);
  });

  it('puts my dates in my data download, and deleting my account gives my place to the first waiting', async () => {
    const { id, dates } = await newSession('Rights Rhymes', 1);
    const day = dates[0]!;
    const [leaver, waiter] = await parents('d', 2);
    await leaver!.gql(GO, { s: id, d: day, share: true });
    await waiter!.gql(GO, { s: id, d: day, share: false });
    const exported = JSON.parse(
      (
        await leaver!.gql(
          graphql(`
            mutation GoingExportMyData {
              exportMyData
            }
          `),
        )
      ).data!['exportMyData'],
    );
    expect(exported.sessionRsvps).toEqual([
      expect.objectContaining({
        session: 'Rights Rhymes',
        group: 'Little Sparks',
        occursOn: day,
        status: 'GOING',
        nameSharedWithOrganisers: true,
      }),
    ]);
    const deleted = await leaver!.gql(
      graphql(`
        mutation GoingDeleteMyAccount($p: String!) {
          deleteMyAccount(password: $p)
        }
      `),
      { p: leaver!.password },
    );
    expect(deleted.errors).toBeUndefined();
    expect(
      await api.dataSource.query(
        `SELECT person_id, status FROM session_rsvp WHERE session_id = $1 ORDER BY created_at`,
        [id],
      ),
    ).toEqual([{ person_id: waiter!.personId, status: 'GOING' }]);
  });
});
