import { PUB_SUB, TypedPubSub } from '../src/realtime/pub-sub';
import { topics } from '../src/realtime/topics';
import { auditEventsAbout } from './support/audit-events';
import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

/** Fortnightly on Tuesdays from 5 January 2027: 5 and 19 January, 2 and 16 February… */
const FORTNIGHTLY = {
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  startDate: '2027-01-05',
  startTime: '10:00',
  durationMinutes: 90,
};
const FROM = '2027-01-01T00:00:00.000Z';

const DATES = graphql(`
  query PublishSessionsDates($id: ID!, $from: DateTime!, $count: Int!) {
    session(id: $id) {
      startTime
      durationMinutes
      occurrences(from: $from, count: $count) {
        occursOn
        startsAt
        endsAt
        cancelled
        cancellationReason
        movedFrom
      }
      nextOccurrences(count: 10)
    }
  }
`);
const CANCEL = graphql(`
  mutation PublishSessionsCancel($s: ID!, $on: String!, $reason: String!) {
    cancelSessionDate(sessionId: $s, occursOn: $on, reason: $reason) {
      occursOn
      cancelled
      cancellationReason
    }
  }
`);
const RESTORE = graphql(`
  mutation PublishSessionsRestore($s: ID!, $on: String!) {
    restoreSessionDate(sessionId: $s, occursOn: $on) {
      occursOn
      cancelled
      startsAt
      movedFrom
    }
  }
`);
const MOVE = graphql(`
  mutation PublishSessionsMove($s: ID!, $on: String!, $toDate: String!, $toTime: String!) {
    moveSessionDate(sessionId: $s, occursOn: $on, toDate: $toDate, toTime: $toTime) {
      occursOn
      startsAt
      endsAt
      movedFrom
      cancelled
    }
  }
`);
const CHANGE_TIME = graphql(`
  mutation PublishSessionsChangeTime(
    $s: ID!
    $from: String!
    $startTime: String!
    $durationMinutes: Int
  ) {
    changeSessionTimeFrom(
      sessionId: $s
      fromDate: $from
      startTime: $startTime
      durationMinutes: $durationMinutes
    ) {
      startTime
      durationMinutes
    }
  }
`);
const DELETE = graphql(`
  mutation PublishSessionsDelete($id: ID!) {
    deleteSession(id: $id)
  }
`);

describe('publishing sessions: deleting and changing single dates', () => {
  let api: TestApi;
  let organiser: Member;
  let admin: Member;
  let groupId: string;
  let spaceId: string;

  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser P.');
    admin = await api.signUp('Admin P.');
    await api.grantRole(admin, 'ADMIN');
    groupId = (await createGroup(organiser, { name: 'Publishing Group' })).id;
    spaceId = (await createSpace(organiser, { name: 'Publishing Hall' })).id;
  });
  afterAll(() => api.close());

  const fortnightly = () => createSession(organiser, { groupId, spaceId, ...FORTNIGHTLY });

  async function dates(id: string, count = 4) {
    const result = await api.gql(DATES, { id, from: FROM, count });
    expect(result.errors).toBeUndefined();
    return result.data!['session'];
  }

  /** The audit events about one session, oldest first, its id written `<id>`. */
  const sessionAudit = async (sessionId: string) =>
    (await auditEventsAbout(admin, sessionId)).map((event) => ({
      action: event['action'].replace(sessionId, '<id>'),
      basis: event['basis'],
      actor: event['actor']?.id,
      viaGroup: event['viaGroup']?.id,
    }));

  it('gives startTime as HH:MM on create, update and read', async () => {
    const created = await organiser.gql(
      graphql(`
        mutation PublishSessionsCreate($input: CreateSessionInput!) {
          createSession(input: $input) {
            id
            startTime
          }
        }
      `),
      {
        input: {
          groupId,
          spaceId,
          title: 'Time Format',
          minAgeMonths: 0,
          maxAgeMonths: 36,
          ...FORTNIGHTLY,
        },
      },
    );
    expect(created.data!['createSession'].startTime).toBe('10:00');
    const id = created.data!['createSession'].id;
    expect((await dates(id)).startTime).toBe('10:00');
    const updated = await organiser.gql(
      graphql(`
        mutation PublishSessionsUpdate($id: ID!) {
          updateSession(id: $id, input: { startTime: "09:45" }) {
            startTime
          }
        }
      `),
      { id },
    );
    expect(updated.data!['updateSession'].startTime).toBe('09:45');
    expect((await sessionAudit(id)).map((e) => e.action)).toEqual([
      'session:created:<id>',
      'session:updated:<id>',
    ]);
    expect((await dates(id)).startTime).toBe('09:45');
    const listed = await api.gql(
      graphql(`
        query PublishSessionsList($groupId: ID!) {
          sessions(groupId: $groupId, first: 50) {
            edges {
              node {
                id
                startTime
              }
            }
          }
        }
      `),
      { groupId },
    );
    const node = listed.data!['sessions'].edges.find((edge) => edge.node.id === id)!.node;
    expect(node.startTime).toBe('09:45');
  });

  it('cancels a date with a reason: listed as cancelled, left out of the next dates, audited', async () => {
    const session = await fortnightly();
    const result = await organiser.gql(CANCEL, {
      s: session.id,
      on: '2027-01-19',
      reason: 'The hall is being painted',
    });
    expect(result).toEqual({
      data: {
        cancelSessionDate: {
          occursOn: '2027-01-19',
          cancelled: true,
          cancellationReason: 'The hall is being painted',
        },
      },
    });
    const after = await dates(session.id);
    expect(after.occurrences.map((o) => [o.occursOn, o.cancelled, o.cancellationReason])).toEqual([
      ['2027-01-05', false, null],
      ['2027-01-19', true, 'The hall is being painted'],
      ['2027-02-02', false, null],
      ['2027-02-16', false, null],
    ]);
    expect(after.nextOccurrences).not.toContain('2027-01-19T10:00:00.000Z');
    expect(await sessionAudit(session.id)).toEqual([
      {
        action: 'session:created:<id>',
        basis: 'ORGANISER',
        actor: organiser.personId,
        viaGroup: groupId,
      },
      {
        action: 'session:date-cancelled:<id>:2027-01-19',
        basis: 'ORGANISER',
        actor: organiser.personId,
        viaGroup: groupId,
      },
    ]);
  });

  it('restores a cancelled date, and refuses to restore a date that was never changed', async () => {
    const session = await fortnightly();
    await organiser.gql(CANCEL, { s: session.id, on: '2027-02-02', reason: 'Half term' });
    const restored = await organiser.gql(RESTORE, { s: session.id, on: '2027-02-02' });
    expect(restored.data!['restoreSessionDate']).toEqual({
      occursOn: '2027-02-02',
      cancelled: false,
      startsAt: '2027-02-02T10:00:00.000Z',
      movedFrom: null,
    });
    expect((await dates(session.id)).occurrences[2]).toMatchObject({ cancelled: false });
    const again = await organiser.gql(RESTORE, { s: session.id, on: '2027-02-02' });
    expect(again.errors?.[0]).toMatchObject({
      message: '2027-02-02 is neither cancelled nor moved.',
      extensions: { code: 'BAD_USER_INPUT', field: 'occursOn' },
    });
    expect((await sessionAudit(session.id)).map((e) => e.action)).toEqual([
      'session:created:<id>',
      'session:date-cancelled:<id>:2027-02-02',
      'session:date-restored:<id>:2027-02-02',
    ]);
  });

  it('moves a date: it keeps its name, starts at its new time in London and says where it was', async () => {
    const session = await fortnightly();
    const moved = await organiser.gql(MOVE, {
      s: session.id,
      on: '2027-01-19',
      toDate: '2027-01-21',
      toTime: '13:30',
    });
    expect(moved).toEqual({
      data: {
        moveSessionDate: {
          occursOn: '2027-01-19',
          startsAt: '2027-01-21T13:30:00.000Z',
          endsAt: '2027-01-21T15:00:00.000Z',
          movedFrom: '2027-01-19T10:00:00.000Z',
          cancelled: false,
        },
      },
    });
    const after = await dates(session.id);
    expect(after.occurrences.map((o) => [o.occursOn, o.startsAt])).toEqual([
      ['2027-01-05', '2027-01-05T10:00:00.000Z'],
      ['2027-01-19', '2027-01-21T13:30:00.000Z'],
      ['2027-02-02', '2027-02-02T10:00:00.000Z'],
      ['2027-02-16', '2027-02-16T10:00:00.000Z'],
    ]);
    // A moved date found by its name, as going and check-in ask for it.
    const one = await api.gql(
      graphql(`
        query PublishSessionsOccurrence($id: ID!, $on: String!) {
          session(id: $id) {
            occurrence(occursOn: $on) {
              startsAt
              movedFrom
            }
          }
        }
      `),
      { id: session.id, on: '2027-01-19' },
    );
    expect(one.data!['session'].occurrence).toEqual({
      startsAt: '2027-01-21T13:30:00.000Z',
      movedFrom: '2027-01-19T10:00:00.000Z',
    });
    expect((await sessionAudit(session.id)).map((e) => e.action)).toEqual([
      'session:created:<id>',
      'session:date-moved:<id>:2027-01-19',
    ]);
  });

  it('changes the time from a date on, across the March clock change, keeping earlier dates', async () => {
    const session = await fortnightly();
    const changed = await organiser.gql(CHANGE_TIME, {
      s: session.id,
      from: '2027-03-16',
      startTime: '13:00',
      durationMinutes: 60,
    });
    // The session's own first time is unchanged: the change applies from 16 March.
    expect(changed.data!['changeSessionTimeFrom']).toEqual({
      startTime: '10:00',
      durationMinutes: 90,
    });
    const after = await api.gql(DATES, {
      id: session.id,
      from: '2027-03-01T00:00:00.000Z',
      count: 3,
    });
    expect(
      after.data!['session'].occurrences.map((o) => [o.occursOn, o.startsAt, o.endsAt]),
    ).toEqual([
      ['2027-03-02', '2027-03-02T10:00:00.000Z', '2027-03-02T11:30:00.000Z'],
      ['2027-03-16', '2027-03-16T13:00:00.000Z', '2027-03-16T14:00:00.000Z'],
      // 13:00 in London after the clock change is 12:00 UTC.
      ['2027-03-30', '2027-03-30T12:00:00.000Z', '2027-03-30T13:00:00.000Z'],
    ]);
    // From the first date it is the session's own time.
    const first = await organiser.gql(CHANGE_TIME, {
      s: session.id,
      from: '2027-01-05',
      startTime: '09:15',
    });
    expect(first.data!['changeSessionTimeFrom']).toEqual({
      startTime: '09:15',
      durationMinutes: 90,
    });
    expect((await sessionAudit(session.id)).map((e) => e.action)).toEqual([
      'session:created:<id>',
      'session:time-changed:<id>:2027-03-16',
      'session:time-changed:<id>:2027-01-05',
    ]);
  });

  it.each([
    ['a day the rule skips', '2027-01-12'],
    ['a day before the first date', '2026-12-29'],
  ])('refuses a change on %s, naming the field', async (_what, on) => {
    const session = await fortnightly();
    for (const result of [
      await organiser.gql(CANCEL, { s: session.id, on, reason: 'Closed' }),
      await organiser.gql(MOVE, { s: session.id, on, toDate: '2027-02-03', toTime: '10:00' }),
      await organiser.gql(RESTORE, { s: session.id, on }),
    ])
      expect(result.errors?.[0]).toMatchObject({
        message: `${on} is not a date of this session: choose one of the dates its rule gives.`,
        extensions: { code: 'BAD_USER_INPUT', field: 'occursOn' },
      });
    const time = await organiser.gql(CHANGE_TIME, { s: session.id, from: on, startTime: '11:00' });
    expect(time.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'fromDate' },
    });
    expect((await sessionAudit(session.id)).map((e) => e.action)).toEqual(['session:created:<id>']);
  });

  it('refuses malformed dates and times, a move into the past, moving a cancelled date and a bare reason', async () => {
    const session = await fortnightly();
    const refusals = [
      [
        await organiser.gql(CANCEL, { s: session.id, on: '2027-02-30', reason: 'Closed' }),
        'occursOn',
      ],
      [
        await organiser.gql(MOVE, {
          s: session.id,
          on: '2027-01-19',
          toDate: '2027-01-21',
          toTime: '25:00',
        }),
        'toTime',
      ],
      [
        await organiser.gql(MOVE, {
          s: session.id,
          on: '2027-01-19',
          toDate: '2020-01-21',
          toTime: '10:00',
        }),
        'toDate',
      ],
      [await organiser.gql(CANCEL, { s: session.id, on: '2027-01-19', reason: ' ' }), 'reason'],
      [
        await organiser.gql(CHANGE_TIME, { s: session.id, from: '2027-01-19', startTime: '9am' }),
        'startTime',
      ],
    ] as const;
    for (const [result, field] of refusals)
      expect({ field, error: result.errors?.[0]?.extensions }).toMatchObject({
        field,
        error: { code: 'BAD_USER_INPUT' },
      });
    await organiser.gql(CANCEL, { s: session.id, on: '2027-01-19', reason: 'Closed' });
    const moveCancelled = await organiser.gql(MOVE, {
      s: session.id,
      on: '2027-01-19',
      toDate: '2027-01-21',
      toTime: '10:00',
    });
    expect(moveCancelled.errors?.[0]).toMatchObject({
      message: '2027-01-19 is cancelled: restore it before moving it.',
      extensions: { code: 'BAD_USER_INPUT', field: 'occursOn' },
    });
  });

  it('keeps every one of many changes made to one session at once, edits included (the row is locked)', async () => {
    const session = await fortnightly();
    const on = ['2027-01-05', '2027-01-19', '2027-02-02', '2027-02-16', '2027-03-02', '2027-03-16'];
    const edit = graphql(`
      mutation PublishSessionsEditTitle($id: ID!, $title: String!) {
        updateSession(id: $id, input: { title: $title }) {
          title
        }
      }
    `);
    const results = await Promise.all(
      on.flatMap((date, index) => [
        organiser.gql(CANCEL, { s: session.id, on: date, reason: `Off ${date}` }),
        organiser.gql(edit, { id: session.id, title: `Stay and Play ${index}` }),
      ]),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    const after = await dates(session.id, 6);
    expect(after.occurrences.map((o) => o.cancellationReason)).toEqual(on.map((d) => `Off ${d}`));
  });

  it('writes a change and its audit event together: when the audit cannot be written, nothing changes', async () => {
    const session = await fortnightly();
    await api.dataSource.query(
      `ALTER TABLE audit_event ADD CONSTRAINT publish_spec_refuses CHECK (action NOT LIKE 'session:date-cancelled:${session.id}%')`,
    );
    try {
      const result = await organiser.gql(CANCEL, {
        s: session.id,
        on: '2027-01-19',
        reason: 'Flood',
      });
      expect(result.errors).toHaveLength(1);
    } finally {
      await api.dataSource.query(`ALTER TABLE audit_event DROP CONSTRAINT publish_spec_refuses`);
    }
    expect((await dates(session.id)).occurrences[1]).toMatchObject({ cancelled: false });
  });

  it('announces a change on sessions/changed only once it is committed', async () => {
    const session = await fortnightly();
    const pubSub = api.app.get<TypedPubSub>(PUB_SUB);
    const changes = pubSub.iterate(topics.sessionsChanged);
    let announced = false;
    const seen = (async () => {
      for await (const change of changes) {
        if (change.sessionId !== session.id) continue;
        announced = true;
        return change;
      }
      return null;
    })();
    // Hold the change's transaction open: its audit insert waits for this lock.
    const holder = api.dataSource.createQueryRunner();
    await holder.startTransaction();
    await holder.query('LOCK TABLE audit_event IN SHARE MODE');
    const cancelling = organiser.gql(CANCEL, { s: session.id, on: '2027-01-19', reason: 'Flood' });
    try {
      // Until the change's transaction is seen waiting, poll (no fixed wait).
      for (;;) {
        const [waiting] = await api.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO "audit_event"%'`,
        );
        if (waiting!.n > 0) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(announced).toBe(false);
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    expect((await cancelling).errors).toBeUndefined();
    expect(await seen).toEqual({ sessionId: session.id });
    await changes.return?.();
  });

  it('deletes a session, audited, after which it is not found', async () => {
    const session = await fortnightly();
    const result = await organiser.gql(DELETE, { id: session.id });
    expect(result).toEqual({ data: { deleteSession: true } });
    const gone = await api.gql(DATES, { id: session.id, from: FROM, count: 1 });
    expect(gone.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await sessionAudit(session.id)).toEqual([
      {
        action: 'session:created:<id>',
        basis: 'ORGANISER',
        actor: organiser.personId,
        viaGroup: groupId,
      },
      {
        action: 'session:deleted:<id>',
        basis: 'ORGANISER',
        actor: organiser.personId,
        viaGroup: groupId,
      },
    ]);
  });
});
