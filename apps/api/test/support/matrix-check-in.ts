import type { AccessWorld, MatrixCase, MatrixRequest, Role } from './access-world';
import { rsvp, sessionStarting, SessionDate } from './check-in';
import type { Caller, GraphQLResponse } from './test-api';
import { graphql } from '../gql';

/**
 * The role matrix's cases for check-in (docs/access.md): a date's register is its group's
 * organisers' (and admins'); an attendance record is its person's alone. Spread into the matrix
 * specs' cases; the dates they use are made the first time a case runs.
 */
const KEEPERS: Role[] = ['organiser of their group', 'admin'];

interface CheckInTargets {
  /** Dates under way of the subject's group, one per allowed role, the subject named on each. */
  dates: Partial<Record<Role, SessionDate>>;
  /** The subject's own attendance record. */
  attendanceId: string;
}

const made = new WeakMap<AccessWorld, Promise<CheckInTargets>>();

function targetsOf(world: AccessWorld): Promise<CheckInTargets> {
  let targets = made.get(world);
  if (!targets) {
    targets = (async () => {
      const organiser = world.members['organiser of their group'];
      const ids = { groupId: world.groupId, spaceId: world.spaceId };
      const dates: Partial<Record<Role, SessionDate>> = {};
      for (const role of KEEPERS) {
        dates[role] = await sessionStarting(organiser, ids, -10, { title: `Register of ${role}` });
        await rsvp(world.api, dates[role]!, world.members.self.personId);
      }
      const own = await sessionStarting(organiser, ids, -10, { title: 'Own attendance' });
      const [row] = await world.api.dataSource.query<{ id: string }[]>(
        `INSERT INTO attendance (session_id, occurs_on, person_id, recorded_how)
         VALUES ($1, $2, $3, 'SELF') RETURNING id`,
        [own.id, own.occursOn, world.members.self.personId],
      );
      return { dates, attendanceId: row!.id };
    })();
    made.set(world, targets);
  }
  return targets;
}

/** A request that waits for the targets, aimed at the role's own date (refused roles: the first). */
const onDate =
  (
    world: () => AccessWorld,
    role: Role,
    send: (caller: Caller, date: SessionDate) => Promise<GraphQLResponse>,
  ): MatrixRequest =>
  async (caller) => {
    const { dates } = await targetsOf(world());
    return send(caller, dates[role] ?? dates[KEEPERS[0]!]!);
  };

/** A case of the register's keepers, each allowed role on its own date. */
const keeperCase = (
  world: () => AccessWorld,
  send: (caller: Caller, date: SessionDate) => Promise<GraphQLResponse>,
  data: unknown,
): MatrixCase => ({
  policy: "SessionOrganiser(the session in 'sessionId')",
  allowed: KEEPERS,
  request: (role) => onDate(world, role, send),
  data: () => data,
});

export function checkInReadCases(world: () => AccessWorld): Record<string, MatrixCase> {
  return {
    'Query.sessionRegister': {
      policy: "SessionOrganiser(the session in 'sessionId')",
      allowed: KEEPERS,
      request: () =>
        onDate(world, KEEPERS[0]!, (caller, date) =>
          caller.gql(
            graphql(`
              query MatrixCheckInSessionRegister($s: ID!, $d: String!) {
                sessionRegister(sessionId: $s, occursOn: $d) {
                  sessionTitle
                  people {
                    displayName
                    attended
                  }
                  unnamedGoing
                  guests
                }
              }
            `),
            { s: date.id, d: date.occursOn },
          ),
        ),
      data: () => ({
        sessionRegister: {
          sessionTitle: 'Register of organiser of their group',
          people: [{ displayName: 'Subject S.', attended: false }],
          unnamedGoing: 0,
          guests: 0,
        },
      }),
    },
    'Query.registerDates': keeperCase(
      world,
      (caller, date) =>
        caller.gql(
          graphql(`
            query MatrixCheckInRegisterDates($s: ID!) {
              registerDates(sessionId: $s) {
                occursOn
              }
            }
          `),
          { s: date.id },
        ),
      // A daily session that started ten minutes ago: today's date only.
      { registerDates: [{ occursOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }] },
    ),
  };
}

export function checkInWriteCases(world: () => AccessWorld): Record<string, MatrixCase> {
  return {
    'Mutation.markAttended': keeperCase(
      world,
      (caller, date) =>
        caller.gql(
          graphql(`
            mutation MatrixCheckInMarkAttended($s: ID!, $d: String!, $p: ID!) {
              markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: true) {
                people {
                  displayName
                  attended
                }
              }
            }
          `),
          { s: date.id, d: date.occursOn, p: world().members.self.personId },
        ),
      {
        markAttended: { people: [{ displayName: 'Subject S.', attended: true }] },
      },
    ),
    'Mutation.setHeadcount': keeperCase(
      world,
      (caller, date) =>
        caller.gql(
          graphql(`
            mutation MatrixCheckInSetHeadcount($s: ID!, $d: String!) {
              setHeadcount(sessionId: $s, occursOn: $d, guests: 3) {
                guests
              }
            }
          `),
          { s: date.id, d: date.occursOn },
        ),
      { setHeadcount: { guests: 3 } },
    ),
    'Mutation.openCheckIn': keeperCase(
      world,
      (caller, date) =>
        caller.gql(
          graphql(`
            mutation MatrixCheckInOpenCheckIn($s: ID!, $d: String!) {
              openCheckIn(sessionId: $s, occursOn: $d) {
                code
              }
            }
          `),
          { s: date.id, d: date.occursOn },
        ),
      { openCheckIn: { code: expect.stringMatching(/^[A-Z2-9]{6}$/) } },
    ),
    'Mutation.deleteMyAttendance': {
      policy: "OwnAttendance(the attendance in 'id')",
      allowed: ['self'],
      request: () => async (caller) =>
        caller.gql(
          graphql(`
            mutation MatrixCheckInDeleteMyAttendance($id: ID!) {
              deleteMyAttendance(id: $id)
            }
          `),
          { id: (await targetsOf(world())).attendanceId },
        ),
      data: () => ({ deleteMyAttendance: true }),
    },
  };
}
