import { graphql } from '../gql';
import { AccessWorld, dataOf, MatrixCase, operation } from './access-world';
import { createSession } from './factories';

/**
 * Going lists in the role matrix: the subject said they are going to a date of a session of their
 * group and let its organisers see their name; only those organisers may see who is coming.
 */
let date: { sessionId: string; occursOn: string } | undefined;

export async function setUpGoingMatrix(world: AccessWorld): Promise<void> {
  const session = await createSession(world.members['organiser of their group'], {
    groupId: world.groupId,
    spaceId: world.spaceId,
    title: 'Matrix Rhymes',
  });
  const dates = dataOf(
    await world.api.gql(
      graphql(`
        query MatrixGoingNextDates($id: ID!) {
          session(id: $id) {
            occurrences(count: 1, includeCancelled: false) {
              occursOn
            }
          }
        }
      `),
      { id: session.id },
    ),
    'next dates',
  );
  date = { sessionId: session.id, occursOn: dates['session'].occurrences[0]!.occursOn };
  dataOf(
    await world.members.self.gql(
      graphql(`
        mutation MatrixGoingGoToSession($s: ID!, $d: String!) {
          goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: true) {
            status
          }
        }
      `),
      { s: date.sessionId, d: date.occursOn },
    ),
    'goToSession',
  );
}

export const goingReadCases = (): Record<string, MatrixCase> => ({
  'Query.sessionAttendees': {
    policy: 'OrganiserOf(the session’s group)',
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query MatrixGoingSessionAttendees($s: ID!, $d: String!) {
            sessionAttendees(sessionId: $s, occursOn: $d) {
              goingCount
              named {
                displayName
                status
              }
            }
          }
        `),
        { s: date!.sessionId, d: date!.occursOn },
      ),
    data: () => ({
      sessionAttendees: { goingCount: 1, named: [{ displayName: 'Subject S.', status: 'GOING' }] },
    }),
  },
});
