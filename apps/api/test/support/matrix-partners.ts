import { createGroup, createSpace } from './factories';
import { AccessWorld, dataOf, MatrixCase, operation, Role } from './access-world';
import type { Caller } from './test-api';
import { graphql } from '../gql';

/**
 * Role-matrix cases for space stewards' suggested changes and partnerships between groups (issue
 * 11), with the world they need. Each matrix spec calls `setupPartners(world)` once and spreads
 * `partnerReadCases()` or `partnerWriteCases()` into its cases.
 */
let world: AccessWorld;
let targets: {
  /** A space of a third organiser, for every organiser role to suggest a change to. */
  othersSpace: string;
  /** Spaces of the subject's organiser (steward), each with suggestions by the third organiser. */
  stewardedSpace: string;
  accept: Partial<Record<Role, string>>;
  decline: Partial<Record<Role, string>>;
  /** Groups of the third organiser. */
  proposeTo: string;
  acceptPartnership: string;
  declinePartnership: string;
  endPartnership: Partial<Record<Role, string>>;
};

const ORGANISERS: Role[] = ['organiser of their group', 'organiser of another group', 'admin'];
const STEWARDS: Role[] = ['organiser of their group', 'admin'];

const aim = (byRole: Partial<Record<Role, string>>, role: Role) =>
  byRole[role] ?? Object.values(byRole)[0]!;

const PROPOSE_CHANGE = graphql(`
  mutation MatrixPartnersProposeSpaceChange($s: ID!, $postcode: String!) {
    proposeSpaceChange(spaceId: $s, input: { postcode: $postcode }) {
      id
    }
  }
`);
const PROPOSE_PARTNERSHIP = graphql(`
  mutation MatrixPartnersProposePartnership($from: ID!, $to: ID!, $note: String) {
    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {
      id
    }
  }
`);
const ACCEPT_PARTNERSHIP = graphql(`
  mutation MatrixPartnersAcceptPartnership($id: ID!) {
    acceptPartnership(id: $id) {
      status
    }
  }
`);

/** The subject's organiser's group has an active partner (with a note) and a pending proposal. */
export async function setupPartners(matrixWorld: AccessWorld): Promise<void> {
  world = matrixWorld;
  const { api, members, groupId, otherGroupId } = world;
  const organiser = members['organiser of their group'];
  const otherOrganiser = members['organiser of another group'];
  const partner = await api.signUp('Partner Pq.');
  const [bridge, walking, knitting] = await Promise.all(
    (['Bridge Club', 'Walking Group', 'Knit and Natter'] as const).map((name) =>
      createGroup(partner, { name, kind: 'CIVIC' }),
    ),
  ).then((groups) => groups.map((group) => group.id) as [string, string, string]);
  const [othersSpace, stewardedSpace, adminSpace] = await Promise.all([
    createSpace(partner, { name: 'Partner Hall' }),
    createSpace(organiser, { name: 'Steward Hall' }),
    createSpace(organiser, { name: 'Steward Hall 2' }),
  ]);
  const suggest = async (spaceId: string, postcode: string) =>
    dataOf(await partner.gql(PROPOSE_CHANGE, { s: spaceId, postcode }), 'proposeSpaceChange')[
      'proposeSpaceChange'
    ].id;
  const [acceptO, declineO, acceptA, declineA] = await Promise.all([
    suggest(stewardedSpace.id, 'BD7 1AA'),
    suggest(stewardedSpace.id, 'BD7 1AB'),
    suggest(adminSpace.id, 'BD7 1AC'),
    suggest(adminSpace.id, 'BD7 1AD'),
  ]);

  const propose = async (from: string, to: string, note = '') =>
    dataOf(await partner.gql(PROPOSE_PARTNERSHIP, { from, to, note }), 'proposePartnership')[
      'proposePartnership'
    ].id;
  const accept = async (caller: Caller, id: string) =>
    dataOf(await caller.gql(ACCEPT_PARTNERSHIP, { id }), 'acceptPartnership');
  const [withSubjects, withOthers, acceptable, declinable] = await Promise.all([
    propose(bridge, groupId, 'Coffee together?'),
    propose(bridge, otherGroupId),
    propose(knitting, otherGroupId),
    propose(walking, otherGroupId),
    // Pending with the subject's group: what its organisers see waiting.
    propose(walking, groupId),
  ]);
  await Promise.all([accept(organiser, withSubjects!), accept(otherOrganiser, withOthers!)]);

  targets = {
    othersSpace: othersSpace.id,
    stewardedSpace: stewardedSpace.id,
    accept: { 'organiser of their group': acceptO, admin: acceptA },
    decline: { 'organiser of their group': declineO, admin: declineA },
    proposeTo: knitting,
    acceptPartnership: acceptable!,
    declinePartnership: declinable!,
    endPartnership: {
      'organiser of their group': withSubjects!,
      'organiser of another group': withOthers!,
    },
  };
}

/** Fields: a space's stewards, a group's waiting proposals, a partnership's note. */
export const partnerReadCases = (): Record<string, MatrixCase> => ({
  'Space.stewards': {
    policy: 'SpaceSteward(parent)',
    allowed: STEWARDS,
    request: () =>
      operation(
        graphql(`
          query MatrixPartnersSpaceStewards($id: ID!) {
            space(id: $id) {
              name
              stewards {
                person {
                  displayName
                }
              }
            }
          }
        `),
        { id: targets.stewardedSpace },
      ),
    data: () => ({
      space: { name: 'Steward Hall', stewards: [{ person: { displayName: 'Organiser O.' } }] },
    }),
    refusedData: () => ({ space: { name: 'Steward Hall', stewards: null } }),
  },
  'Space.stewardCandidates': {
    policy: 'SpaceSteward(parent)',
    allowed: STEWARDS,
    request: () =>
      operation(
        graphql(`
          query MatrixPartnersStewardCandidates($id: ID!) {
            space(id: $id) {
              name
              stewardCandidates {
                displayName
              }
            }
          }
        `),
        { id: targets.stewardedSpace },
      ),
    data: () => ({
      space: { name: 'Steward Hall', stewardCandidates: [{ displayName: 'Partner Pq.' }] },
    }),
    refusedData: () => ({ space: { name: 'Steward Hall', stewardCandidates: null } }),
  },
  'Group.pendingPartnerships': {
    policy: 'OrganiserOf(this group)',
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query MatrixPartnersPendingPartnerships($id: ID!) {
            group(id: $id) {
              name
              pendingPartnerships {
                status
                fromGroup {
                  name
                }
              }
            }
          }
        `),
        { id: world.groupId },
      ),
    data: () => ({
      group: {
        name: 'Stay and Play',
        pendingPartnerships: [{ status: 'PENDING', fromGroup: { name: 'Walking Group' } }],
      },
    }),
    refusedData: () => ({ group: { name: 'Stay and Play', pendingPartnerships: null } }),
  },
  'Partnership.note': {
    policy: 'PartnerOrganiser(this)',
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query MatrixPartnersPartnershipNote($id: ID!) {
            group(id: $id) {
              partnerships {
                fromGroup {
                  name
                }
                note
              }
            }
          }
        `),
        { id: world.groupId },
      ),
    data: () => ({
      group: { partnerships: [{ fromGroup: { name: 'Bridge Club' }, note: 'Coffee together?' }] },
    }),
    refusedData: () => ({
      group: { partnerships: [{ fromGroup: { name: 'Bridge Club' }, note: null }] },
    }),
  },
});

/** Mutations: suggesting and deciding space changes; proposing, answering and ending partnerships. */
export const partnerWriteCases = (): Record<string, MatrixCase> => ({
  'Mutation.proposeSpaceChange': {
    policy: 'OrganiserOfAnyGroup',
    allowed: ORGANISERS,
    request: (role) =>
      operation(
        graphql(`
          mutation MatrixPartnersProposeSpaceChange2($s: ID!, $note: String!) {
            proposeSpaceChange(
              spaceId: $s
              input: { name: "Partner Hall (rear door)" }
              note: $note
            ) {
              status
              note
            }
          }
        `),
        { s: targets.othersSpace, note: `From ${role}` },
      ),
    data: (role) => ({ proposeSpaceChange: { status: 'PENDING', note: `From ${role}` } }),
  },
  'Mutation.acceptSpaceChange': {
    policy: "SpaceSteward(the space of the suggested change in 'id')",
    allowed: STEWARDS,
    request: (role) =>
      operation(
        graphql(`
          mutation MatrixPartnersAcceptSpaceChange($id: ID!) {
            acceptSpaceChange(id: $id) {
              status
            }
          }
        `),
        { id: aim(targets.accept, role) },
      ),
    data: () => ({ acceptSpaceChange: { status: 'ACCEPTED' } }),
  },
  'Mutation.declineSpaceChange': {
    policy: "SpaceSteward(the space of the suggested change in 'id')",
    allowed: STEWARDS,
    request: (role) =>
      operation(
        graphql(`
          mutation MatrixPartnersDeclineSpaceChange($id: ID!) {
            declineSpaceChange(id: $id, note: "Not now") {
              status
              decisionNote
            }
          }
        `),
        { id: aim(targets.decline, role) },
      ),
    data: () => ({ declineSpaceChange: { status: 'DECLINED', decisionNote: 'Not now' } }),
  },
  'Mutation.proposePartnership': {
    policy: "OrganiserOf(the group in 'fromGroupId')",
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          mutation MatrixPartnersProposePartnership2($from: ID!, $to: ID!) {
            proposePartnership(fromGroupId: $from, toGroupId: $to) {
              status
              toGroup {
                name
              }
            }
          }
        `),
        { from: world.groupId, to: targets.proposeTo },
      ),
    data: () => ({
      proposePartnership: { status: 'PENDING', toGroup: { name: 'Knit and Natter' } },
    }),
  },
  'Mutation.acceptPartnership': {
    policy: "OrganiserOfInvitedGroup(the partnership in 'id')",
    allowed: ['organiser of another group'],
    request: () =>
      operation(
        graphql(`
          mutation MatrixPartnersAcceptPartnership2($id: ID!) {
            acceptPartnership(id: $id) {
              status
            }
          }
        `),
        { id: targets.acceptPartnership },
      ),
    data: () => ({ acceptPartnership: { status: 'ACTIVE' } }),
  },
  'Mutation.declinePartnership': {
    policy: "OrganiserOfInvitedGroup(the partnership in 'id')",
    allowed: ['organiser of another group'],
    request: () =>
      operation(
        graphql(`
          mutation MatrixPartnersDeclinePartnership($id: ID!) {
            declinePartnership(id: $id) {
              status
            }
          }
        `),
        { id: targets.declinePartnership },
      ),
    data: () => ({ declinePartnership: { status: 'DECLINED' } }),
  },
  'Mutation.endPartnership': {
    policy: "PartnerOrganiser(the partnership in 'id')",
    allowed: ['organiser of their group', 'organiser of another group'],
    request: (role) =>
      operation(
        graphql(`
          mutation MatrixPartnersEndPartnership($id: ID!) {
            endPartnership(id: $id) {
              status
            }
          }
        `),
        { id: aim(targets.endPartnership, role) },
      ),
    data: () => ({ endPartnership: { status: 'ENDED' } }),
  },
});
