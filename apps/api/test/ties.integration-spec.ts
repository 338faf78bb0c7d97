import { createGroup, createSpace } from './support/factories';
import { rsvp, sessionStarting, SessionDate } from './support/check-in';
import { completeExchange, postHelp, startExchange } from './support/help-exchanges';
import { Caller, Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

/**
 * Ties from everyday life (docs/social-graph.md, "Ties and their evidence"): co-attendance made at
 * check-in from the third shared date in eight weeks, with its evidence; leaving a group ends its
 * tie; a person lists, hides and removes their own ties, and removal is not undone.
 */
const MY_TIES = graphql(`
  query TiesMyTies($hidden: Boolean, $first: Int, $after: String) {
    myTies(hidden: $hidden, first: $first, after: $after) {
      edges {
        node {
          id
          kind
          provenance
          strength
          weight
          fades
          active
          hidden
          evidenceCount
          reasons {
            kind
            count
            sessionTitle
            groupName
            lastOn
          }
          other {
            __typename
            ... on Person {
              id
              displayName
            }
            ... on Group {
              name
            }
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

const MARK = graphql(`
  mutation TiesMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {
    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {
      total
    }
  }
`);

const OPEN = graphql(`
  mutation TiesOpenCheckIn($s: ID!, $d: String!) {
    openCheckIn(sessionId: $s, occursOn: $d) {
      code
    }
  }
`);

const CHECK_IN = graphql(`
  mutation TiesCheckIn($c: String!) {
    checkIn(code: $c) {
      id
    }
  }
`);

const HIDE = graphql(`
  mutation TiesHideTie($id: ID!) {
    hideTie(id: $id) {
      id
      hidden
    }
  }
`);

const UNHIDE = graphql(`
  mutation TiesUnhideTie($id: ID!) {
    unhideTie(id: $id) {
      id
      hidden
    }
  }
`);

const REMOVE = graphql(`
  mutation TiesRemoveTie($id: ID!) {
    removeTie(id: $id)
  }
`);

const JOIN = graphql(`
  mutation TiesJoinGroup($g: ID!) {
    joinGroup(groupId: $g) {
      role
    }
  }
`);

const LEAVE = graphql(`
  mutation TiesLeaveGroup($g: ID!) {
    leaveGroup(groupId: $g)
  }
`);

const BLOCK = graphql(`
  mutation TiesBlockPerson($p: ID!) {
    blockPerson(personId: $p)
  }
`);

const MY_ATTENDANCE = graphql(`
  query TiesMyAttendance {
    myAttendance(first: 5) {
      edges {
        node {
          id
          occursOn
        }
      }
    }
  }
`);

const DELETE_ATTENDANCE = graphql(`
  mutation TiesDeleteMyAttendance($id: ID!) {
    deleteMyAttendance(id: $id)
  }
`);

const EXPORT = graphql(`
  mutation TiesExportMyData {
    exportMyData
  }
`);

const ERASE = graphql(`
  mutation TiesDeleteMyAccount($p: String!) {
    deleteMyAccount(password: $p)
  }
`);

const DAY = 86_400_000;

let api: TestApi;
let organiser: Member;
let ids: { groupId: string; spaceId: string };
let sessions = 0;

beforeAll(async () => {
  api = await startTestApi();
  organiser = await api.signUp('Olu Organiser');
  const group = await createGroup(organiser, { name: 'Tie Makers' });
  const space = await createSpace(organiser, { name: 'Tie Hall' });
  ids = { groupId: group.id, spaceId: space.id };
});
afterAll(() => api.close());

/** A daily session whose date today started ten minutes ago, so its register is open now. */
const today = (title = `Tuesday Stay & Play ${++sessions}`) =>
  sessionStarting(organiser, ids, -10, { title });

/** The local date `days` before `date` (YYYY-MM-DD). */
const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - days * DAY).toISOString().slice(0, 10);

/**
 * Earlier dates both were at, written straight into attendance: the register refuses dates more
 * than a week old, and the rule looks back eight weeks.
 */
async function history(date: SessionDate, people: Member[], daysAgo: number[]): Promise<void> {
  for (const days of daysAgo)
    for (const person of people)
      await api.dataSource.query(
        `INSERT INTO attendance (session_id, occurs_on, person_id, recorded_how, recorded_at)
         VALUES ($1, $2, $3, 'REGISTER', now() - make_interval(days => $4))`,
        [date.id, daysBefore(date.occursOn, days), person.personId, days],
      );
}

/** The organiser ticks each of them on today's register (they said they're going, named). */
async function tick(date: SessionDate, people: Member[]): Promise<void> {
  for (const person of people) {
    await rsvp(api, date, person.personId);
    const result = await organiser.gql(MARK, {
      s: date.id,
      d: date.occursOn,
      p: person.personId,
      a: true,
    });
    expect(result.errors).toBeUndefined();
  }
}

async function codeOf(date: SessionDate): Promise<string> {
  const opened = await organiser.gql(OPEN, { s: date.id, d: date.occursOn });
  return opened.data!.openCheckIn.code;
}

async function myTies(caller: Caller, hidden = false) {
  const result = await caller.gql(MY_TIES, { hidden, first: 50 });
  expect(result.errors).toBeUndefined();
  return result.data!.myTies.edges.map((edge) => edge.node);
}

const coAttendance = async (caller: Caller) =>
  (await myTies(caller)).filter((tie) => tie.provenance === 'CO_ATTENDANCE');

async function people(...names: string[]): Promise<Member[]> {
  return Promise.all(names.map((name) => api.signUp(name)));
}

describe('co-attendance ties, made when attendance is recorded', () => {
  it('makes no tie from two shared dates', async () => {
    const [ada, bea] = await people('Ada Two', 'Bea Two');
    const date = await today();
    await history(date, [ada!, bea!], [7]);
    await tick(date, [ada!, bea!]);
    expect(await coAttendance(ada!)).toEqual([]);
    expect(await coAttendance(bea!)).toEqual([]);
  });

  it('makes one tie at the third shared date, with both ends seeing the reason and count', async () => {
    const [cai, dee] = await people('Cai Three', 'Dee Three');
    const date = await today('Tuesday Stay & Play');
    await history(date, [cai!, dee!], [14, 7]);
    await tick(date, [cai!]);
    // Dee checks herself in with the code: the other way attendance is recorded.
    const checkedIn = await dee!.gql(CHECK_IN, { c: await codeOf(date) });
    expect(checkedIn.errors).toBeUndefined();

    const reason = {
      kind: 'CO_ATTENDANCE',
      count: 3,
      sessionTitle: 'Tuesday Stay & Play',
      groupName: null,
      lastOn: date.occursOn,
    };
    const [caisTie] = await coAttendance(cai!);
    expect(caisTie).toMatchObject({
      kind: 'PERSON_PERSON',
      strength: 0.5,
      fades: true,
      active: true,
      hidden: false,
      evidenceCount: 3,
      reasons: [reason],
      other: { __typename: 'Person', displayName: 'Dee Three' },
    });
    expect(caisTie!.weight).toBeGreaterThan(0.49);
    expect(await coAttendance(dee!)).toMatchObject([
      { id: caisTie!.id, reasons: [reason], other: { displayName: 'Cai Three' } },
    ]);
  });

  it('strengthens the tie with each further shared date', async () => {
    const [eve, fay] = await people('Eve Four', 'Fay Four');
    const date = await today();
    await history(date, [eve!, fay!], [21, 14, 7]);
    await tick(date, [eve!, fay!]);
    const [tie] = await coAttendance(eve!);
    expect(tie).toMatchObject({ evidenceCount: 4, reasons: [{ count: 4 }] });
    expect(tie!.strength).toBeCloseTo(0.7);
  });

  it('counts only dates within eight weeks, this one included', async () => {
    const [gus, hal, ivy, jon] = await people('Gus Out', 'Hal Out', 'Ivy In', 'Jon In');
    const date = await today();
    // 56 days back is the ninth week: outside. 55 days back is inside.
    await history(date, [gus!, hal!], [56, 14]);
    await history(date, [ivy!, jon!], [55, 14]);
    await tick(date, [gus!, hal!, ivy!, jon!]);
    expect(await coAttendance(gus!)).toEqual([]);
    expect(await coAttendance(ivy!)).toMatchObject([
      { reasons: [{ count: 3 }], other: { displayName: 'Jon In' } },
    ]);
  });

  it('makes each tie once when everyone checks in at the same moment', async () => {
    const crowd = await people('Kai Crowd', 'Lea Crowd', 'Max Crowd', 'Nia Crowd');
    const date = await today();
    await history(date, crowd, [14, 7]);
    const code = await codeOf(date);
    const results = await Promise.all(crowd.map((person) => person.gql(CHECK_IN, { c: code })));
    expect(results.map((result) => result.errors)).toEqual(crowd.map(() => undefined));
    const rows = await api.dataSource.query<{ n: number; evidence: number }[]>(
      `SELECT count(*)::int AS n, sum((SELECT count(*) FROM tie_evidence e WHERE e.tie_id = t.id))::int AS evidence
         FROM tie t WHERE t.provenance = 'CO_ATTENDANCE'
          AND t.from_person_id = ANY($1::uuid[]) AND t.to_person_id = ANY($1::uuid[])`,
      [crowd.map((person) => person.personId)],
    );
    // Four people: six pairs, each one tie with three shared dates.
    expect(rows).toEqual([{ n: 6, evidence: 18 }]);
    for (const person of crowd) expect(await coAttendance(person)).toHaveLength(3);
  });

  it('takes the date back off the tie when the organiser unticks someone', async () => {
    const [oli, pam] = await people('Oli Untick', 'Pam Untick');
    const date = await today();
    await history(date, [oli!, pam!], [14, 7]);
    await tick(date, [oli!, pam!]);
    expect(await coAttendance(oli!)).toHaveLength(1);
    await organiser.gql(MARK, { s: date.id, d: date.occursOn, p: pam!.personId, a: false });
    // Two shared dates are left: below the rule, so the tie goes.
    expect(await coAttendance(oli!)).toEqual([]);
    expect(await coAttendance(pam!)).toEqual([]);
  });
});

describe('what co-attendance leaves alone, and what takes it back', () => {
  it('makes no tie between two people when one blocked the other', async () => {
    const [ash, bo] = await people('Ash Blocker', 'Bo Blocked');
    expect((await ash!.gql(BLOCK, { p: bo!.personId })).errors).toBeUndefined();
    const date = await today();
    await history(date, [ash!, bo!], [14, 7]);
    await tick(date, [ash!, bo!]);
    expect(await coAttendance(ash!)).toEqual([]);
    expect(await coAttendance(bo!)).toEqual([]);
  });

  it('takes the date back off my ties when I delete my own attendance record', async () => {
    const [cal, dot] = await people('Cal Deleter', 'Dot Stays');
    const date = await today();
    await history(date, [cal!, dot!], [14, 7]);
    await tick(date, [cal!, dot!]);
    expect(await coAttendance(dot!)).toHaveLength(1);
    const mine = await cal!.gql(MY_ATTENDANCE);
    const todays = mine.data!.myAttendance.edges.find((e) => e.node.occursOn === date.occursOn);
    expect((await cal!.gql(DELETE_ATTENDANCE, { id: todays!.node.id })).errors).toBeUndefined();
    expect(await coAttendance(dot!)).toEqual([]);
  });

  it('adds a shared date to a tie from the town’s seed, either way round, without weakening it', async () => {
    const [eli, flo] = await people('Eli Seeded', 'Flo Seeded');
    const [high, low] = [eli!.personId, flo!.personId].sort().reverse();
    await api.dataSource.query(
      `INSERT INTO tie (kind, provenance, strength, from_person_id, to_person_id, first_seen_at, last_seen_at)
       VALUES ('PERSON_PERSON', 'CO_ATTENDANCE', 0.8, $1, $2, now() - interval '30 days', now() - interval '30 days')`,
      [high, low],
    );
    const date = await today('Seeded Stay & Play');
    await tick(date, [eli!, flo!]);
    expect(await coAttendance(eli!)).toMatchObject([
      {
        strength: expect.closeTo(0.8, 5),
        evidenceCount: 1,
        reasons: [{ count: 1, sessionTitle: 'Seeded Stay & Play', lastOn: date.occursOn }],
      },
    ]);
  });
});

describe('ties from groups and exchanges carry their evidence', () => {
  it('lists the membership tie with the group, and leaving the group removes it', async () => {
    const [quin] = await people('Quin Leaver');
    const group = await createGroup(organiser, { name: 'Knit and Natter' });
    expect((await quin!.gql(JOIN, { g: group.id })).errors).toBeUndefined();
    const membership = (await myTies(quin!)).filter((tie) => tie.provenance === 'MEMBERSHIP');
    expect(membership).toMatchObject([
      {
        kind: 'PERSON_GROUP',
        fades: false,
        active: true,
        reasons: [{ kind: 'MEMBERSHIP', count: 1, groupName: 'Knit and Natter' }],
        other: { __typename: 'Group', name: 'Knit and Natter' },
      },
    ]);
    expect((await quin!.gql(LEAVE, { g: group.id })).errors).toBeUndefined();
    expect((await myTies(quin!)).filter((tie) => tie.provenance === 'MEMBERSHIP')).toEqual([]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM tie WHERE from_person_id = $1 AND to_group_id = $2`,
      [quin!.personId, group.id],
    );
    expect(n).toBe(0);
  });

  it('records the exchange that made an EXCHANGED_HELP tie as its evidence', async () => {
    const [rae, sol] = await people('Rae Giver', 'Sol Taker');
    const post = await postHelp(rae!, { title: 'Pram to give away' });
    const exchangeId = await startExchange(sol!, post.id);
    await completeExchange(rae!, sol!, exchangeId);
    const [tie] = (await myTies(sol!)).filter((t) => t.provenance === 'EXCHANGED_HELP');
    expect(tie).toMatchObject({
      evidenceCount: 1,
      reasons: [{ kind: 'EXCHANGED_HELP', count: 1 }],
      other: { displayName: 'Rae Giver' },
    });
  });
});

/** Two people (new ones, by name, or members already made) tied by co-attendance, made the ordinary way. */
async function tiedPair(
  pair: [string | Member, string | Member],
): Promise<[Member, Member, string]> {
  const [one, two] = await Promise.all(
    pair.map((who) => (typeof who === 'string' ? api.signUp(who) : who)),
  );
  const date = await today();
  await history(date, [one!, two!], [14, 7]);
  await tick(date, [one!, two!]);
  const tie = (await coAttendance(one!)).find(
    (t) => t.other.__typename === 'Person' && t.other.id === two!.personId,
  );
  return [one!, two!, tie!.id];
}

describe('hiding and removing my ties', () => {
  it('hides a tie from my list only, lists it among the hidden, and shows it again', async () => {
    const [tom, uma, tieId] = await tiedPair(['Tom Hider', 'Uma Seen']);
    const hidden = await tom.gql(HIDE, { id: tieId });
    expect(hidden.data).toEqual({ hideTie: { id: tieId, hidden: true } });
    expect(await coAttendance(tom)).toEqual([]);
    expect(await myTies(tom, true)).toMatchObject([{ id: tieId, hidden: true }]);
    // The other end's list is theirs: still there, not hidden for them.
    expect(await coAttendance(uma)).toMatchObject([{ id: tieId, hidden: false }]);

    const shown = await tom.gql(UNHIDE, { id: tieId });
    expect(shown.data).toEqual({ unhideTie: { id: tieId, hidden: false } });
    expect(await coAttendance(tom)).toMatchObject([{ id: tieId, hidden: false }]);
    expect(await myTies(tom, true)).toEqual([]);
    const actions = await api.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE actor_person_id = $1 AND action LIKE 'tie:%' ORDER BY id`,
      [tom.personId],
    );
    expect(actions.map((row) => row.action)).toEqual([`tie:hidden:${tieId}`, `tie:shown:${tieId}`]);
  });

  it('removes a tie for both ends, and new shared dates do not make it again', async () => {
    const [vic, wyn, tieId] = await tiedPair(['Vic Remover', 'Wyn Other']);
    const removed = await wyn.gql(REMOVE, { id: tieId });
    expect(removed.data).toEqual({ removeTie: true });
    expect(await coAttendance(vic)).toEqual([]);
    expect(await coAttendance(wyn)).toEqual([]);
    const [{ evidence }] = await api.dataSource.query(
      `SELECT count(*)::int AS evidence FROM tie_evidence WHERE tie_id = $1`,
      [tieId],
    );
    expect(evidence).toBe(0);

    // Another session, three more shared dates: the removal stands.
    const again = await today();
    await history(again, [vic, wyn], [14, 7]);
    await tick(again, [vic, wyn]);
    expect(await coAttendance(vic)).toEqual([]);
    expect(await coAttendance(wyn)).toEqual([]);
  });

  it('keeps a removed exchange tie or membership tie from being made again', async () => {
    const [gus, han] = await people('Gus Helper', 'Han Helped');
    const exchangeTie = async () => {
      const post = await postHelp(gus!, { title: 'Cot to lend' });
      await completeExchange(gus!, han!, await startExchange(han!, post.id));
      return (await myTies(han!)).filter((tie) => tie.provenance === 'EXCHANGED_HELP');
    };
    const [first] = await exchangeTie();
    expect((await han!.gql(REMOVE, { id: first!.id })).data).toEqual({ removeTie: true });
    expect(await exchangeTie()).toEqual([]);

    const group = await createGroup(organiser, { name: 'Rejoiners Club' });
    await han!.gql(JOIN, { g: group.id });
    const [membership] = (await myTies(han!)).filter((tie) => tie.provenance === 'MEMBERSHIP');
    await han!.gql(REMOVE, { id: membership!.id });
    await han!.gql(LEAVE, { g: group.id });
    expect((await han!.gql(JOIN, { g: group.id })).errors).toBeUndefined();
    expect((await myTies(han!)).filter((tie) => tie.provenance === 'MEMBERSHIP')).toEqual([]);
  });

  it('refuses anyone but an end of the tie, the same way whether or not it exists', async () => {
    const [xan, yas, tieId] = await tiedPair(['Xan End', 'Yas End']);
    const [zed] = await people('Zed Stranger');
    const attempts = (id: string) => [
      zed!.gql(HIDE, { id }),
      zed!.gql(UNHIDE, { id }),
      zed!.gql(REMOVE, { id }),
    ];
    for (const id of [tieId, '999999999']) {
      for (const refused of await Promise.all(attempts(id))) {
        expect({
          data: refused.data,
          codes: refused.errors?.map((e) => e.extensions?.code),
        }).toEqual({
          data: null,
          codes: ['FORBIDDEN'],
        });
      }
    }
    expect(await coAttendance(xan)).toMatchObject([{ id: tieId, hidden: false }]);
    expect(await coAttendance(yas)).toHaveLength(1);
    const badId = await zed!.gql(REMOVE, { id: 'not-a-tie' });
    expect(badId.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages through my ties with the cursor it gives', async () => {
    const [amy, ben, tieId] = await tiedPair(['Amy Pager', 'Ben Pager']);
    await amy.gql(JOIN, { g: ids.groupId });
    const first = await amy.gql(MY_TIES, { first: 1 });
    expect(first.data!.myTies.pageInfo.hasNextPage).toBe(true);
    const second = await amy.gql(MY_TIES, {
      first: 1,
      after: first.data!.myTies.pageInfo.endCursor,
    });
    expect(second.errors).toBeUndefined();
    const seen = [...first.data!.myTies.edges, ...second.data!.myTies.edges].map((e) => e.node.id);
    expect(seen).toContain(tieId);
    expect(new Set(seen).size).toBe(2);
    expect(ben.personId).toBeDefined();
  });
});

describe('my ties in my data', () => {
  it('puts my ties, their evidence, what I hid and what I removed in the download', async () => {
    const [cy, , keptId] = await tiedPair(['Cy Exporter', 'Di Kept']);
    const [, , mineRemoved] = await tiedPair([cy, 'Ed Removed']);
    const [, fin, theirsRemoved] = await tiedPair([cy, 'Fin Remover']);
    await cy.gql(HIDE, { id: keptId });
    await cy.gql(REMOVE, { id: mineRemoved });
    // A removal by the other end is theirs to know, as a block is.
    await fin.gql(REMOVE, { id: theirsRemoved });

    const exported = JSON.parse((await cy.gql(EXPORT)).data!.exportMyData);
    expect(exported.ties).toEqual([
      expect.objectContaining({
        id: keptId,
        provenance: 'CO_ATTENDANCE',
        with: 'Di Kept',
        hiddenByMe: true,
      }),
    ]);
    expect(exported.tieEvidence).toEqual(
      [1, 2, 3].map(() =>
        expect.objectContaining({
          tie: keptId,
          kind: 'CO_ATTENDANCE',
          session: expect.stringMatching(/^Tuesday Stay & Play/),
        }),
      ),
    );
    expect(exported.tiesHidden).toEqual([{ tie: keptId, hiddenAt: expect.any(String) }]);
    expect(exported.tiesRemoved).toEqual([
      { provenance: 'CO_ATTENDANCE', with: 'Ed Removed', removedAt: expect.any(String) },
    ]);
    const finExport = JSON.parse((await fin.gql(EXPORT)).data!.exportMyData);
    expect(finExport.tiesRemoved).toEqual([
      { provenance: 'CO_ATTENDANCE', with: 'Cy Exporter', removedAt: expect.any(String) },
    ]);
  });

  it('erases my ties, their evidence, my hidden marks and the refusals about me with my account', async () => {
    const [gil, hew, tieId] = await tiedPair(['Gil Eraser', 'Hew Left']);
    await gil.gql(HIDE, { id: tieId });
    const [, ike, removedId] = await tiedPair([gil, 'Ike Remover']);
    await ike.gql(REMOVE, { id: removedId });
    const erased = await gil.gql(ERASE, { p: gil.password });
    expect(erased.errors).toBeUndefined();
    const [left] = await api.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM tie WHERE from_person_id = $1 OR to_person_id = $1) AS ties,
         (SELECT count(*)::int FROM tie_evidence WHERE tie_id = $2) AS evidence,
         (SELECT count(*)::int FROM tie_hidden WHERE person_id = $1) AS hidden,
         (SELECT count(*)::int FROM tie_refusal
           WHERE person_id = $1 OR other_person_id = $1 OR refused_by_person_id = $1) AS refusals`,
      [gil.personId, tieId],
    );
    expect(left).toEqual({ ties: 0, evidence: 0, hidden: 0, refusals: 0 });
    expect(await coAttendance(hew)).toEqual([]);
  });
});
