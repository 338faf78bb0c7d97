import { createGroup, createSpace } from './support/factories';
import {
  insertCheckInCode,
  rsvp,
  sessionStarting,
  SessionDate,
  townDateTime,
} from './support/check-in';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import { MY_DATA_ACCESS_LOG } from './support/data-access-log';

const REGISTER = graphql(`
  query CheckInRegister($s: ID!, $d: String!) {
    sessionRegister(sessionId: $s, occursOn: $d) {
      id
      sessionTitle
      occursOn
      editable
      people {
        personId
        displayName
        waiting
        attended
        recordedHow
      }
      unnamedGoing
      unnamedCheckedIn
      guests
      total
      checkInCode {
        code
      }
    }
  }
`);

const MARK = graphql(`
  mutation CheckInMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {
    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {
      people {
        displayName
        attended
        recordedHow
      }
      total
    }
  }
`);

const HEADCOUNT = graphql(`
  mutation CheckInSetHeadcount($s: ID!, $d: String!, $g: Int!) {
    setHeadcount(sessionId: $s, occursOn: $d, guests: $g) {
      guests
      total
    }
  }
`);

const OPEN = graphql(`
  mutation CheckInOpenCheckIn($s: ID!, $d: String!) {
    openCheckIn(sessionId: $s, occursOn: $d) {
      code
      validFrom
      validUntil
    }
  }
`);

const CHECK_IN = graphql(`
  mutation CheckInCheckIn($c: String!) {
    checkIn(code: $c) {
      id
      occursOn
      recordedHow
      session {
        title
      }
    }
  }
`);

const MINE = graphql(`
  query CheckInMyAttendance($first: Int, $after: String) {
    myAttendance(first: $first, after: $after) {
      edges {
        node {
          id
          occursOn
          recordedHow
          session {
            title
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

const DELETE = graphql(`
  mutation CheckInDeleteMyAttendance($id: ID!) {
    deleteMyAttendance(id: $id)
  }
`);

const MINUTE = 60;
const DAY = 24 * 60;

let api: TestApi;
let organiser: Member;
let ids: { groupId: string; spaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  organiser = await api.signUp('Organiser Ola');
  const group = await createGroup(organiser, { name: 'Little Feet' });
  const space = await createSpace(organiser, { name: 'Northgate Library' });
  ids = { groupId: group.id, spaceId: space.id };
});
afterAll(() => api.close());

const errorOf = (result: {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}) => {
  const error = result.errors?.[0];
  return {
    code: error?.extensions?.['code'],
    field: error?.extensions?.['field'],
    message: error?.message,
  };
};

/** A date under way now (started 10 minutes ago, an hour long). */
const underWay = (title: string) => sessionStarting(organiser, ids, -10, { title });

describe('the register', () => {
  let date: SessionDate;
  let named: Member;
  let waiting: Member;
  let unnamed: Member;

  beforeAll(async () => {
    date = await underWay('Baby Rhyme Time');
    [named, waiting, unnamed] = await Promise.all([
      api.signUp('Nadia Named'),
      api.signUp('Wanda Waiting'),
      api.signUp('Una Unnamed'),
    ]);
    await rsvp(api, date, named.personId);
    await rsvp(api, date, waiting.personId, { waiting: true });
    await rsvp(api, date, unnamed.personId, { named: false });
  });

  it('names only people who shared their name, and counts the rest without a trace of them', async () => {
    const result = await organiser.gql(REGISTER, { s: date.id, d: date.occursOn });
    expect(result.errors).toBeUndefined();
    expect(result.data!.sessionRegister).toEqual({
      id: `${date.id}/${date.occursOn}`,
      sessionTitle: 'Baby Rhyme Time',
      occursOn: date.occursOn,
      editable: true,
      people: [
        {
          personId: named.personId,
          displayName: 'Nadia Named',
          waiting: false,
          attended: false,
          recordedHow: null,
        },
        {
          personId: waiting.personId,
          displayName: 'Wanda Waiting',
          waiting: true,
          attended: false,
          recordedHow: null,
        },
      ],
      unnamedGoing: 1,
      unnamedCheckedIn: 0,
      guests: 0,
      total: 0,
      checkInCode: null,
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain('Una');
    expect(text).not.toContain(unnamed.personId);
  });

  it('records the organiser’s look in each named person’s data access log', async () => {
    await organiser.gql(REGISTER, { s: date.id, d: date.occursOn });
    const log = await named.gql(MY_DATA_ACCESS_LOG);
    expect(log.data!.me!.dataAccessLog.edges.map((edge) => edge.node)).toContainEqual({
      action: 'read:SessionRegister.people',
      basis: 'ORGANISER',
      actor: { displayName: 'Organiser Ola' },
    });
    const unnamedLog = await unnamed.gql(MY_DATA_ACCESS_LOG);
    expect(unnamedLog.data!.me!.dataAccessLog.edges).toEqual([]);
  });

  it('ticks and unticks a named person, the same answer twice changing nothing, each change audited', async () => {
    const vars = { s: date.id, d: date.occursOn, p: named.personId };
    for (let i = 0; i < 2; i++) {
      const ticked = await organiser.gql(MARK, { ...vars, a: true });
      expect(ticked.errors).toBeUndefined();
      expect(ticked.data!.markAttended.people[0]).toEqual({
        displayName: 'Nadia Named',
        attended: true,
        recordedHow: 'REGISTER',
      });
      expect(ticked.data!.markAttended.total).toBe(1);
    }
    const unticked = await organiser.gql(MARK, { ...vars, a: false });
    expect(unticked.data!.markAttended.people[0]!.attended).toBe(false);
    await organiser.gql(MARK, { ...vars, a: true });
    const actions = await api.dataSource.query<{ action: string; basis: string }[]>(
      `SELECT action, basis FROM audit_event WHERE subject_person_id = $1 AND action LIKE 'register:%' ORDER BY id`,
      [named.personId],
    );
    const on = `${date.id}:${date.occursOn}`;
    expect(actions).toEqual([
      { action: `register:marked:${on}`, basis: 'ORGANISER' },
      { action: `register:unmarked:${on}`, basis: 'ORGANISER' },
      { action: `register:marked:${on}`, basis: 'ORGANISER' },
    ]);
  });

  it('refuses to tick someone the register does not name', async () => {
    const stranger = await api.signUp('Stella Stranger');
    for (const personId of [unnamed.personId, stranger.personId]) {
      const result = await organiser.gql(MARK, {
        s: date.id,
        d: date.occursOn,
        p: personId,
        a: true,
      });
      expect(errorOf(result)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'personId',
        message: expect.stringContaining('can check themselves in with the code'),
      });
    }
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM attendance WHERE person_id = ANY($1)`,
      [[unnamed.personId, stranger.personId]],
    );
    expect(count).toBe(0);
  });

  it('keeps the head count between 0 and 500', async () => {
    for (const guests of [-1, 501]) {
      const refused = await organiser.gql(HEADCOUNT, { s: date.id, d: date.occursOn, g: guests });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guests' });
    }
    for (const guests of [0, 500, 2]) {
      const set = await organiser.gql(HEADCOUNT, { s: date.id, d: date.occursOn, g: guests });
      expect(set.errors).toBeUndefined();
      expect(set.data!.setHeadcount.guests).toBe(guests);
    }
    const register = await organiser.gql(REGISTER, { s: date.id, d: date.occursOn });
    // Nadia ticked and 2 guests.
    expect(register.data!.sessionRegister).toMatchObject({ guests: 2, total: 3 });
  });

  it('refuses a date the session does not have', async () => {
    const result = await organiser.gql(REGISTER, { s: date.id, d: '2020-02-30' });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occursOn' });
  });

  it('lets organisers of other groups and members see nothing', async () => {
    const other = await api.signUp('Other Organiser');
    await createGroup(other, { name: 'Chess Club' });
    for (const caller of [other, named]) {
      const result = await caller.gql(REGISTER, { s: date.id, d: date.occursOn });
      expect(result.data).toBeNull();
      expect(errorOf(result).code).toBe('FORBIDDEN');
    }
  });
});

describe('the register’s window', () => {
  it('opens an hour before the start', async () => {
    const later = await sessionStarting(organiser, ids, 3 * MINUTE, { title: 'Later Today' });
    const parent = await api.signUp('Petra Early');
    await rsvp(api, later, parent.personId);
    const register = await organiser.gql(REGISTER, { s: later.id, d: later.occursOn });
    expect(register.data!.sessionRegister.editable).toBe(false);
    for (const result of [
      await organiser.gql(MARK, { s: later.id, d: later.occursOn, p: parent.personId, a: true }),
      await organiser.gql(HEADCOUNT, { s: later.id, d: later.occursOn, g: 1 }),
      await organiser.gql(OPEN, { s: later.id, d: later.occursOn }),
    ])
      expect(errorOf(result)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'occursOn',
        message: expect.stringContaining('opens an hour before it starts'),
      });
  });

  it('closes a week after the end', async () => {
    // A date eight days ago that ended an hour after it began.
    const old = await sessionStarting(organiser, ids, -8 * DAY - 2 * MINUTE, {
      title: 'Last Week',
    });
    const parent = await api.signUp('Lena Late');
    await rsvp(api, old, parent.personId);
    const result = await organiser.gql(MARK, {
      s: old.id,
      d: old.occursOn,
      p: parent.personId,
      a: true,
    });
    expect(errorOf(result)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'occursOn',
      message: expect.stringContaining('closed a week after it ended'),
    });
  });

  it('still lets organisers put mistakes right six days on', async () => {
    const recent = await sessionStarting(organiser, ids, -6 * DAY, { title: 'Six Days Ago' });
    const parent = await api.signUp('Rita Recent');
    await rsvp(api, recent, parent.personId);
    const result = await organiser.gql(MARK, {
      s: recent.id,
      d: recent.occursOn,
      p: parent.personId,
      a: true,
    });
    expect(result.errors).toBeUndefined();
  });
});

describe('dates to keep the register of', () => {
  it('lists the dates whose register is open now, the latest first', async () => {
    const daily = await sessionStarting(organiser, ids, -2 * DAY - 10, { title: 'Every Day' });
    const result = await organiser.gql(
      graphql(`
        query CheckInRegisterDates($s: ID!) {
          registerDates(sessionId: $s) {
            occursOn
          }
        }
      `),
      { s: daily.id },
    );
    const day = (offset: number) =>
      townDateTime(new Date(daily.startsAt.getTime() + offset * DAY * 60_000)).date;
    expect(result.data!.registerDates.map((date) => date.occursOn)).toEqual([
      day(2),
      day(1),
      day(0),
    ]);
  });
});

describe('self check-in with the code', () => {
  it('gives the same code each time it is shown, and checks a person in once however often they try', async () => {
    const date = await underWay('Stay and Play Today');
    const first = await organiser.gql(OPEN, { s: date.id, d: date.occursOn });
    const again = await organiser.gql(OPEN, { s: date.id, d: date.occursOn });
    expect(first.errors).toBeUndefined();
    const code = first.data!.openCheckIn.code;
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    expect(again.data!.openCheckIn.code).toBe(code);
    expect(new Date(first.data!.openCheckIn.validFrom).getTime()).toBe(
      date.startsAt.getTime() - 30 * 60_000,
    );
    expect(new Date(first.data!.openCheckIn.validUntil).getTime()).toBe(
      date.startsAt.getTime() + 90 * 60_000,
    );

    const parent = await api.signUp('Hana Self');
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    const checkedIn = await parent.gql(CHECK_IN, { c: typed });
    expect(checkedIn.errors).toBeUndefined();
    expect(checkedIn.data!.checkIn).toMatchObject({
      occursOn: date.occursOn,
      recordedHow: 'SELF',
      session: { title: 'Stay and Play Today' },
    });
    const twice = await parent.gql(CHECK_IN, { c: code });
    expect(twice.data!.checkIn.id).toBe(checkedIn.data!.checkIn.id);

    const register = await organiser.gql(REGISTER, { s: date.id, d: date.occursOn });
    // She shared no name: counted, not named.
    expect(register.data!.sessionRegister).toMatchObject({
      people: [],
      unnamedCheckedIn: 1,
      total: 1,
      checkInCode: { code },
    });
  });

  it('gives two organisers showing the code at once the same code, opened once', async () => {
    const date = await underWay('Two Phones');
    const results = await Promise.all(
      Array.from({ length: 4 }, () => organiser.gql(OPEN, { s: date.id, d: date.occursOn })),
    );
    const codes = new Set(results.map((result) => result.data?.openCheckIn.code));
    expect(codes.size).toBe(1);
    const [{ opened }] = await api.dataSource.query(
      `SELECT count(*)::int AS opened FROM audit_event WHERE action = $1`,
      [`register:code-opened:${date.id}:${date.occursOn}`],
    );
    expect(opened).toBe(1);
  });

  it('keeps a tick from the register when the person also checks in', async () => {
    const date = await underWay('Tick Then Code');
    const parent = await api.signUp('Tia Both');
    await rsvp(api, date, parent.personId);
    await organiser.gql(MARK, { s: date.id, d: date.occursOn, p: parent.personId, a: true });
    const { code } = (await organiser.gql(OPEN, { s: date.id, d: date.occursOn })).data!
      .openCheckIn;
    const result = await parent.gql(CHECK_IN, { c: code });
    expect(result.data!.checkIn.recordedHow).toBe('REGISTER');
  });

  it('does not work before half an hour ahead of the start', async () => {
    const soon = await sessionStarting(organiser, ids, 45, { title: 'Starting Soon' });
    const { code } = (await organiser.gql(OPEN, { s: soon.id, d: soon.occursOn })).data!
      .openCheckIn;
    const parent = await api.signUp('Ella Eager');
    const result = await parent.gql(CHECK_IN, { c: code });
    expect(errorOf(result)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'code',
      message: `Check-in for Starting Soon opens at ${townDateTime(new Date(soon.startsAt.getTime() - 30 * 60_000)).time} on ${new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long' }).format(soon.startsAt)}, half an hour before it starts.`,
    });
  });

  it('stops working half an hour after the end, and is not shown any more', async () => {
    // Started two hours ago and lasted an hour: check-in closed 30 minutes ago.
    const over = await sessionStarting(organiser, ids, -2 * MINUTE, { title: 'Over Already' });
    const refused = await organiser.gql(OPEN, { s: over.id, d: over.occursOn });
    expect(errorOf(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('Check-in for this date closed'),
    });
    await insertCheckInCode(api, over, 'EXP23Z');
    const parent = await api.signUp('Olga Overdue');
    const result = await parent.gql(CHECK_IN, { c: 'EXP23Z' });
    expect(errorOf(result)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'code',
      message: expect.stringMatching(/^That code has expired: check-in for Over Already closed at/),
    });
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM attendance WHERE person_id = $1`,
      [parent.personId],
    );
    expect(count).toBe(0);
  });

  it('says a wrong code is wrong, and makes a guesser wait after 10 wrong codes', async () => {
    const guesser = await api.signUp('Gus Guesser');
    const wrong = await guesser.gql(CHECK_IN, { c: 'ZZZZZZ' });
    expect(errorOf(wrong)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'code',
      message:
        'That code isn’t right. Check the 6 letters and numbers shown at the venue and try again.',
    });
    for (let i = 0; i < 9; i++) await guesser.gql(CHECK_IN, { c: 'not a code' });
    const date = await underWay('Right Code Too Late');
    const { code } = (await organiser.gql(OPEN, { s: date.id, d: date.occursOn })).data!
      .openCheckIn;
    const limited = await guesser.gql(CHECK_IN, { c: code });
    expect(limited.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    // Someone else is not held back by the guesser.
    const other = await api.signUp('Olive Other');
    expect((await other.gql(CHECK_IN, { c: code })).errors).toBeUndefined();
  });
});

describe('my attendance', () => {
  it('lists my dates newest first, page by page, and deletes only my own', async () => {
    const me = await api.signUp('Mina Mine');
    const someoneElse = await api.signUp('Sara Else');
    const dates: SessionDate[] = [];
    for (const [offset, title] of [
      [-3 * DAY, 'Three Days Ago'],
      [-2 * DAY, 'Two Days Ago'],
      [-1 * DAY, 'Yesterday'],
    ] as const) {
      const date = await sessionStarting(organiser, ids, offset, { title });
      await rsvp(api, date, me.personId);
      await rsvp(api, date, someoneElse.personId);
      for (const person of [me, someoneElse])
        await organiser.gql(MARK, { s: date.id, d: date.occursOn, p: person.personId, a: true });
      dates.push(date);
    }
    const page1 = await me.gql(MINE, { first: 2 });
    expect(page1.data!.myAttendance.edges.map((edge) => edge.node.session.title)).toEqual([
      'Yesterday',
      'Two Days Ago',
    ]);
    expect(page1.data!.myAttendance.pageInfo.hasNextPage).toBe(true);
    const page2 = await me.gql(MINE, {
      first: 2,
      after: page1.data!.myAttendance.pageInfo.endCursor,
    });
    expect(page2.data!.myAttendance.edges.map((edge) => edge.node.session.title)).toEqual([
      'Three Days Ago',
    ]);

    const mine = page1.data!.myAttendance.edges[0]!.node.id;
    const theirs = (await someoneElse.gql(MINE, { first: 1 })).data!.myAttendance.edges[0]!.node.id;
    const refused = await me.gql(DELETE, { id: theirs });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect((await organiser.gql(DELETE, { id: mine })).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    expect((await me.gql(DELETE, { id: mine })).data).toEqual({ deleteMyAttendance: true });
    const after = await me.gql(MINE, { first: 10 });
    expect(after.data!.myAttendance.edges.map((edge) => edge.node.session.title)).toEqual([
      'Two Days Ago',
      'Three Days Ago',
    ]);
    expect((await someoneElse.gql(MINE, { first: 10 })).data!.myAttendance.edges).toHaveLength(3);
  });

  it('is in my data download and goes with my account', async () => {
    const me = await api.signUp('Dana Download');
    const date = await underWay('Download Day');
    const { code } = (await organiser.gql(OPEN, { s: date.id, d: date.occursOn })).data!
      .openCheckIn;
    await me.gql(CHECK_IN, { c: code });
    await me.gql(CHECK_IN, { c: 'WRONG9' });
    const exported = await me.gql(
      graphql(`
        mutation CheckInExportMyData {
          exportMyData
        }
      `),
    );
    expect(JSON.parse(exported.data!.exportMyData).attendance).toEqual([
      {
        session: 'Download Day',
        occursOn: date.occursOn,
        recordedHow: 'SELF',
        recordedAt: expect.any(String),
      },
    ]);
    const erased = await me.gql(
      graphql(`
        mutation CheckInDeleteMyAccount($p: String!) {
          deleteMyAccount(password: $p)
        }
      `),
      { p: me.password },
    );
    expect(erased.errors).toBeUndefined();
    const left = await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM attendance WHERE person_id = $1) AS attendance,
              (SELECT count(*)::int FROM check_in_failure f
                WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.id = f.account_id)) AS failures`,
      [me.personId],
    );
    expect(left).toEqual([{ attendance: 0, failures: 0 }]);
  });
});

describe('shared dates, for ties (issue 8)', () => {
  it('counts the dates two people were both at with one query over attendance', async () => {
    const [a, b] = await Promise.all([api.signUp('Ada Shared'), api.signUp('Bea Shared')]);
    for (const offset of [-2 * DAY, -1 * DAY, -10]) {
      const date = await sessionStarting(organiser, ids, offset, { title: 'Weekly Together' });
      for (const person of offset === -10 ? [a] : [a, b]) {
        await rsvp(api, date, person.personId);
        await organiser.gql(MARK, { s: date.id, d: date.occursOn, p: person.personId, a: true });
      }
    }
    // The query docs/participation.md gives.
    const [{ shared }] = await api.dataSource.query(
      `SELECT count(*)::int AS shared FROM attendance a
         JOIN attendance b ON b.session_id = a.session_id AND b.occurs_on = a.occurs_on
        WHERE a.person_id = $1 AND b.person_id = $2`,
      [a.personId, b.personId],
    );
    expect(shared).toBe(2);
  });
});
