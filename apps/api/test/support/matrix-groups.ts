import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AccessWorld, dataOf, MatrixCase, MatrixRequest, Role } from './access-world';
import { createGroup } from './factories';
import type { Caller, Member } from './test-api';
import { graphql } from '../gql';

/**
 * The role matrix's cases for groups' organiser operations (archive, co-organisers) and the
 * organiser-only fields of a group. The access-matrix specs spread `groupsMatrix.reads()` and
 * `groupsMatrix.writes()` into their cases; the groups these need are made on first use, once per
 * world, so the specs need no setup of their own for them.
 */

interface Targets {
  /** Groups the organiser of their group organises, one per write. */
  toArchive: string;
  toUnarchive: string;
  toInvite: string;
  /** An open invitation of `toInvite`. */
  invitationId: string;
  /** A group where the bystander is a second organiser, for the organiser to remove. */
  withCoOrganiser: string;
}

const ORGANISER: Role[] = ['organiser of their group'];
const made = new WeakMap<AccessWorld, Promise<Targets>>();

const INVITE = graphql(`
  mutation MatrixGroupsInviteCoOrganiser($g: ID!) {
    inviteCoOrganiser(groupId: $g) {
      token
      invitation {
        id
      }
    }
  }
`);

async function invite(organiser: Member, groupId: string) {
  return dataOf(await organiser.gql(INVITE, { g: groupId }), 'inviteCoOrganiser').inviteCoOrganiser;
}

async function setUp(world: AccessWorld): Promise<Targets> {
  const organiser = world.members['organiser of their group'];
  const [toArchive, toUnarchive, toInvite, withCoOrganiser] = await Promise.all(
    ['Matrix Archive', 'Matrix Unarchive', 'Matrix Invite', 'Matrix Pair'].map((name) =>
      createGroup(organiser, { name }).then((group) => group.id),
    ),
  );
  dataOf(
    await organiser.gql(
      graphql(`
        mutation MatrixGroupsArchiveGroup($id: ID!) {
          archiveGroup(id: $id) {
            id
          }
        }
      `),
      { id: toUnarchive! },
    ),
    'archiveGroup',
  );
  const { invitation } = await invite(organiser, toInvite!);
  const { token } = await invite(organiser, withCoOrganiser!);
  dataOf(
    await world.bystander.gql(
      graphql(`
        mutation MatrixGroupsAcceptInvitation($t: String!) {
          acceptCoOrganiserInvitation(token: $t) {
            role
          }
        }
      `),
      { t: token },
    ),
    'acceptCoOrganiserInvitation',
  );
  // An open invitation of the world's group, for the organiser-only read.
  await invite(organiser, world.groupId);
  return {
    toArchive: toArchive!,
    toUnarchive: toUnarchive!,
    toInvite: toInvite!,
    invitationId: invitation.id,
    withCoOrganiser: withCoOrganiser!,
  };
}

/** A request that first makes (once per world) the groups it needs. */
const withTargets =
  (
    world: () => AccessWorld,
    send: (caller: Caller, targets: Targets) => ReturnType<MatrixRequest>,
  ) =>
  (): MatrixRequest =>
  async (caller) => {
    let targets = made.get(world());
    if (!targets) {
      targets = setUp(world());
      made.set(world(), targets);
    }
    return send(caller, await targets);
  };

/** An organiser-only field of the world's group, read beside its public name. */
function organiserField(
  world: () => AccessWorld,
  field: 'organisers' | 'openInvitations',
  document: TypedDocumentNode<unknown, { id: string }>,
  value: unknown,
): MatrixCase {
  return {
    policy: 'OrganiserOf(this group)',
    allowed: ORGANISER,
    request: withTargets(world, (caller) => caller.gql(document, { id: world().groupId })),
    data: () => ({ group: { name: 'Stay and Play', [field]: value } }),
    refusedData: () => ({ group: { name: 'Stay and Play', [field]: null } }),
  };
}

export const groupsMatrix = {
  reads: (world: () => AccessWorld): Record<string, MatrixCase> => ({
    'Group.organisers': organiserField(
      world,
      'organisers',
      graphql(`
        query MatrixGroupsOrganisers($id: ID!) {
          group(id: $id) {
            name
            organisers {
              displayName
            }
          }
        }
      `),
      [{ displayName: 'Organiser O.' }],
    ),
    'Group.openInvitations': organiserField(
      world,
      'openInvitations',
      graphql(`
        query MatrixGroupsOpenInvitations($id: ID!) {
          group(id: $id) {
            name
            openInvitations {
              expiresAt
            }
          }
        }
      `),
      [{ expiresAt: expect.any(String) }],
    ),
  }),

  writes: (world: () => AccessWorld): Record<string, MatrixCase> => ({
    'Mutation.archiveGroup': {
      policy: "OrganiserOf(the group in 'id')",
      allowed: ORGANISER,
      request: withTargets(world, (caller, { toArchive }) =>
        caller.gql(
          graphql(`
            mutation MatrixGroupsArchive($id: ID!) {
              archiveGroup(id: $id) {
                name
                archivedAt
              }
            }
          `),
          { id: toArchive },
        ),
      ),
      data: () => ({ archiveGroup: { name: 'Matrix Archive', archivedAt: expect.any(String) } }),
    },
    'Mutation.unarchiveGroup': {
      policy: "OrganiserOf(the group in 'id')",
      allowed: ORGANISER,
      request: withTargets(world, (caller, { toUnarchive }) =>
        caller.gql(
          graphql(`
            mutation MatrixGroupsUnarchive($id: ID!) {
              unarchiveGroup(id: $id) {
                name
                archivedAt
              }
            }
          `),
          { id: toUnarchive },
        ),
      ),
      data: () => ({ unarchiveGroup: { name: 'Matrix Unarchive', archivedAt: null } }),
    },
    'Mutation.inviteCoOrganiser': {
      policy: "OrganiserOf(the group in 'groupId')",
      allowed: ORGANISER,
      request: withTargets(world, (caller, { toInvite }) =>
        caller.gql(
          graphql(`
            mutation MatrixGroupsInvite($g: ID!) {
              inviteCoOrganiser(groupId: $g) {
                invitation {
                  expiresAt
                }
              }
            }
          `),
          { g: toInvite },
        ),
      ),
      data: () => ({ inviteCoOrganiser: { invitation: { expiresAt: expect.any(String) } } }),
    },
    'Mutation.revokeCoOrganiserInvitation': {
      policy: 'OrganiserOf(the invitation’s group)',
      allowed: ORGANISER,
      request: withTargets(world, (caller, { invitationId }) =>
        caller.gql(
          graphql(`
            mutation MatrixGroupsRevoke($id: ID!) {
              revokeCoOrganiserInvitation(id: $id)
            }
          `),
          { id: invitationId },
        ),
      ),
      data: () => ({ revokeCoOrganiserInvitation: true }),
    },
    'Mutation.removeOrganiser': {
      policy: "OrganiserOf(the group in 'groupId')",
      allowed: ORGANISER,
      request: withTargets(world, (caller, { withCoOrganiser }) =>
        caller.gql(
          graphql(`
            mutation MatrixGroupsRemoveOrganiser($g: ID!, $p: ID!) {
              removeOrganiser(groupId: $g, personId: $p)
            }
          `),
          { g: withCoOrganiser, p: world().bystander.personId },
        ),
      ),
      data: () => ({ removeOrganiser: true }),
    },
  }),
};
