import { AccessWorld, MatrixCase, operation } from './access-world';
import { createSession } from './factories';
import { graphql } from '../gql';

/**
 * The role matrix's cases for publishing sessions (deleting, and changing single dates): only the
 * organisers of the session's group may. Each case has its own session, made by `setupPublishMatrix`.
 */
let sessions: Record<'delete' | 'cancel' | 'restore' | 'move' | 'changeTime', string>;

const POLICY = 'OrganiserOf(the session’s group)';
const ORGANISER = ['organiser of their group'] as const;

/** Fortnightly on Tuesdays from 5 January 2027. */
const SCHEDULE = {
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  startDate: '2027-01-05',
  startTime: '10:00',
};

export async function setupPublishMatrix(world: AccessWorld): Promise<void> {
  const organiser = world.members['organiser of their group'];
  const make = (title: string) =>
    createSession(organiser, {
      groupId: world.groupId,
      spaceId: world.spaceId,
      title,
      ...SCHEDULE,
    }).then((session) => session.id);
  const [del, cancel, restore, move, changeTime] = await Promise.all(
    ['Delete me', 'Cancel a date', 'Restore a date', 'Move a date', 'Change the time'].map(make),
  );
  sessions = {
    delete: del!,
    cancel: cancel!,
    restore: restore!,
    move: move!,
    changeTime: changeTime!,
  };
  const cancelled = await organiser.gql(
    graphql(`
      mutation MatrixPublishCancelToRestore($s: ID!) {
        cancelSessionDate(sessionId: $s, occursOn: "2027-01-19", reason: "Snow") {
          cancelled
        }
      }
    `),
    { s: sessions.restore },
  );
  if (cancelled.errors) throw new Error(JSON.stringify(cancelled.errors));
}

export const publishMatrixCases = (): Record<string, MatrixCase> => ({
  'Mutation.deleteSession': {
    policy: POLICY,
    allowed: ORGANISER,
    request: () =>
      operation(
        graphql(`
          mutation MatrixPublishDeleteSession($id: ID!) {
            deleteSession(id: $id)
          }
        `),
        { id: sessions.delete },
      ),
    data: () => ({ deleteSession: true }),
  },
  'Mutation.cancelSessionDate': {
    policy: POLICY,
    allowed: ORGANISER,
    request: () =>
      operation(
        graphql(`
          mutation MatrixPublishCancelSessionDate($s: ID!) {
            cancelSessionDate(sessionId: $s, occursOn: "2027-02-02", reason: "Half term") {
              occursOn
              cancelled
              cancellationReason
            }
          }
        `),
        { s: sessions.cancel },
      ),
    data: () => ({
      cancelSessionDate: {
        occursOn: '2027-02-02',
        cancelled: true,
        cancellationReason: 'Half term',
      },
    }),
  },
  'Mutation.restoreSessionDate': {
    policy: POLICY,
    allowed: ORGANISER,
    request: () =>
      operation(
        graphql(`
          mutation MatrixPublishRestoreSessionDate($s: ID!) {
            restoreSessionDate(sessionId: $s, occursOn: "2027-01-19") {
              occursOn
              cancelled
            }
          }
        `),
        { s: sessions.restore },
      ),
    data: () => ({ restoreSessionDate: { occursOn: '2027-01-19', cancelled: false } }),
  },
  'Mutation.moveSessionDate': {
    policy: POLICY,
    allowed: ORGANISER,
    request: () =>
      operation(
        graphql(`
          mutation MatrixPublishMoveSessionDate($s: ID!) {
            moveSessionDate(
              sessionId: $s
              occursOn: "2027-01-19"
              toDate: "2027-01-20"
              toTime: "10:00"
            ) {
              occursOn
              startsAt
            }
          }
        `),
        { s: sessions.move },
      ),
    data: () => ({
      moveSessionDate: { occursOn: '2027-01-19', startsAt: '2027-01-20T10:00:00.000Z' },
    }),
  },
  'Mutation.changeSessionTimeFrom': {
    policy: POLICY,
    allowed: ORGANISER,
    request: () =>
      operation(
        graphql(`
          mutation MatrixPublishChangeSessionTimeFrom($s: ID!) {
            changeSessionTimeFrom(sessionId: $s, fromDate: "2027-01-05", startTime: "11:00") {
              startTime
            }
          }
        `),
        { s: sessions.changeTime },
      ),
    data: () => ({ changeSessionTimeFrom: { startTime: '11:00' } }),
  },
});
