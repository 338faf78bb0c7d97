import { createSession, createSpace } from './support/factories';
import {
  AccessWorld,
  buildAccessWorld,
  dataOf,
  describeMatrix,
  MatrixCase,
  operation,
  Role,
} from './support/access-world';
import {
  completeExchange,
  EXCHANGE_STEPS,
  postHelp,
  startExchange,
  step,
} from './support/help-exchanges';
import { publishMatrixCases, setupPublishMatrix } from './support/matrix-publish';
import { graphql } from './gql';
import { partnerWriteCases, setupPartners } from './support/matrix-partners';
import { checkInWriteCases } from './support/matrix-check-in';
import { tieWriteCases } from './support/matrix-ties';
import { groupsMatrix } from './support/matrix-groups';
import { analyticsWriteCases } from './support/matrix-analytics';

/**
 * Every mutation whose policy can refuse someone (docs/access.md), as every role. A refused write
 * changes nothing, so refused roles all aim at the first allowed role's target; each allowed role
 * writes to its own, so the roles run at once and each gets exactly its own answer.
 */
let world: AccessWorld;

/** Targets of each allowed role, made before the matrix runs. */
let targets: {
  agree: Partial<Record<Role, string>>;
  cancel: Partial<Record<Role, string>>;
  fulfil: Partial<Record<Role, string>>;
  fulfilled: string;
  release: Partial<Record<Role, string>>;
  remove: Partial<Record<Role, string>>;
  dismiss: Partial<Record<Role, string>>;
  spaces: Partial<Record<Role, string>>;
  /** Spaces where the bystander is a second steward, for each allowed role to remove. */
  stewardships: Partial<Record<Role, string>>;
  vettings: Partial<Record<Role, string>>;
  sessionId: string;
  withdrawPostId: string;
  leadToRevoke: string;
};

const PARTIES: Role[] = ['self', 'organiser of their group'];
const MODERATORS: Role[] = ['organiser of their group', 'admin'];
const ORGANISERS: Role[] = ['organiser of their group', 'organiser of another group', 'admin'];
/** The organiser of their group made every space here, so is its steward; admins change any space. */
const STEWARDS: Role[] = ['organiser of their group', 'admin'];
const VETTERS: Role[] = ['safeguarding lead', 'admin'];

/** An allowed role's own target; refused roles aim at the first allowed role's. */
const aim = (byRole: Partial<Record<Role, string>>, role: Role) =>
  byRole[role] ?? Object.values(byRole)[0]!;

beforeAll(async () => {
  world = await buildAccessWorld();
  await setupPartners(world);
  await setupPublishMatrix(world);
  const { members, groupId, api } = world;
  const self = members.self;
  const organiser = members['organiser of their group'];

  /** A post of the subject's group that the subject answered. */
  const exchange = async (title: string) =>
    startExchange(self, (await postHelp(organiser, { authorGroupId: groupId, title })).id);
  const [agreeS, agreeO, cancelS, cancelO, fulfilS, fulfilO, fulfilled] = await Promise.all(
    ['Cot', 'Buggy', 'Sling', 'Bath', 'Chair', 'Gate', 'Toys'].map(exchange),
  );
  await Promise.all([
    ...[fulfilS!, fulfilO!].flatMap((id) => [
      step(organiser, 'agreeToExchange', id),
      step(self, 'agreeToExchange', id),
    ]),
    completeExchange(organiser, self, fulfilled!),
  ]);

  /** A post of the group that the other member reported: an item in the group's queue. */
  const reported = async (title: string) => {
    const post = await postHelp(organiser, { authorGroupId: groupId, title });
    dataOf(
      await members['other member'].gql(
        graphql(`
          mutation AccessMatrixWritesReportHelpPost($p: ID!) {
            reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)
          }
        `),
        { p: post.id },
      ),
      'reportHelpPost',
    );
    return title;
  };
  const titles = await Promise.all(
    ['Release O', 'Release A', 'Remove O', 'Remove A', 'Dismiss O', 'Dismiss A'].map(reported),
  );
  const queue = dataOf(
    await organiser.gql(
      graphql(`
        query AccessMatrixWritesModerationQueue($g: ID) {
          moderationQueue(groupId: $g, first: 50) {
            edges {
              node {
                id
                reports {
                  id
                }
                helpPost {
                  title
                }
              }
            }
          }
        }
      `),
      { g: groupId },
    ),
    'moderationQueue',
  )['moderationQueue'].edges.map((edge) => edge.node);
  const item = (title: string) => queue.find((node) => node.helpPost!.title === title)!;
  expect(titles.every((title) => item(title))).toBe(true);

  const space = (name: string) => createSpace(organiser, { name }).then((made) => made.id);
  const [spaceO, spaceA, sharedO, sharedA] = await Promise.all(
    ['Hall O', 'Hall A', 'Shared Hall O', 'Shared Hall A'].map(space),
  );
  for (const spaceId of [sharedO, sharedA]) {
    const granted = await organiser.gql(
      graphql(`
        mutation AccessMatrixWritesGrantSpaceStewardship($s: ID!, $p: ID!) {
          grantSpaceStewardship(spaceId: $s, personId: $p)
        }
      `),
      { s: spaceId!, p: world.bystander.personId },
    );
    expect(granted.errors).toBeUndefined();
  }
  const session = await createSession(organiser, { groupId, spaceId: world.spaceId });
  const withdraw = await postHelp(self, { kind: 'REQUEST', category: 'LIFTS', title: 'Lift home' });

  const vet = async (organisationId: string) =>
    dataOf(
      await members.admin.gql(
        graphql(`
          mutation AccessMatrixWritesRecordVetting($input: RecordVettingInput!) {
            recordVetting(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            personId: world.bystander.personId,
            organisationId,
            checkType: 'BASIC_DBS',
            issuedOn: '2025-01-01',
            expiresOn: '2030-01-01',
          },
        },
      ),
      'recordVetting',
    )['recordVetting'].id as string;
  const retiringLead = await api.signUp('Retiring R.');
  await api.grantRole(retiringLead, 'SAFEGUARDING_LEAD');

  targets = {
    agree: { self: agreeS!, 'organiser of their group': agreeO! },
    cancel: { self: cancelS!, 'organiser of their group': cancelO! },
    fulfil: { self: fulfilS!, 'organiser of their group': fulfilO! },
    fulfilled: fulfilled!,
    release: { 'organiser of their group': item('Release O').id, admin: item('Release A').id },
    remove: { 'organiser of their group': item('Remove O').id, admin: item('Remove A').id },
    dismiss: {
      'organiser of their group': item('Dismiss O').reports[0]!.id,
      admin: item('Dismiss A').reports[0]!.id,
    },
    spaces: { 'organiser of their group': spaceO!, admin: spaceA! },
    stewardships: { 'organiser of their group': sharedO!, admin: sharedA! },
    vettings: {
      'safeguarding lead': await vet(world.organisationId),
      admin: await vet(world.otherOrganisationId),
    },
    sessionId: session.id,
    withdrawPostId: withdraw.id,
    leadToRevoke: retiringLead.personId,
  };
});
afterAll(() => world.api.close());

/** A step of an exchange, each allowed side on its own exchange. */
function exchangeStep(
  mutation: 'agreeToExchange' | 'cancelExchange' | 'markExchangeFulfilled',
  byRole: () => Partial<Record<Role, string>>,
  data: (role: Role) => Record<string, unknown>,
): MatrixCase {
  return {
    policy: "ExchangeParty(the exchange in 'exchangeId' or 'id')",
    allowed: PARTIES,
    request: (role) =>
      operation<unknown, { e: string }>(EXCHANGE_STEPS[mutation], { e: aim(byRole(), role) }),
    data: (role) => ({ [mutation]: { id: aim(byRole(), role), ...data(role) } }),
  };
}

const exchangeOf = (status: string, postStatus: string) => ({
  status,
  helpPost: { id: expect.any(String), status: postStatus },
  responder: { displayName: 'Subject S.' },
});

const MODERATION_DECISIONS = {
  releaseModerationItem: graphql(`
    mutation AccessMatrixWritesReleaseModerationItem($id: ID!) {
      releaseModerationItem(id: $id) {
        state
      }
    }
  `),
  removeModerationItem: graphql(`
    mutation AccessMatrixWritesRemoveModerationItem($id: ID!) {
      removeModerationItem(id: $id, note: "Against the rules") {
        state
      }
    }
  `),
  dismissReport: graphql(`
    mutation AccessMatrixWritesDismissReport($id: ID!) {
      dismissReport(id: $id) {
        state
      }
    }
  `),
};

/** A decision on a moderation item, each moderator on their own item. */
function moderation(
  mutation: keyof typeof MODERATION_DECISIONS,
  byRole: () => Partial<Record<Role, string>>,
  state: string,
): MatrixCase {
  return {
    policy:
      mutation === 'dismissReport'
        ? "ModeratorOf(the item of the report in 'id')"
        : "ModeratorOf(the moderation item in 'id')",
    allowed: MODERATORS,
    request: (role) =>
      operation<unknown, { id: string }>(MODERATION_DECISIONS[mutation], {
        id: aim(byRole(), role),
      }),
    data: () => ({ [mutation]: { state } }),
  };
}

const cases = (): Record<string, MatrixCase> => ({
  ...publishMatrixCases(),
  'Mutation.agreeToExchange': exchangeStep(
    'agreeToExchange',
    () => targets.agree,
    (role) => ({
      ...exchangeOf('OPEN', 'OPEN'),
      agreedByResponder: role === 'self',
      agreedByPostSide: role !== 'self',
      fulfilledAt: null,
      cancelledAt: null,
    }),
  ),
  'Mutation.cancelExchange': exchangeStep(
    'cancelExchange',
    () => targets.cancel,
    () => ({
      ...exchangeOf('CANCELLED', 'OPEN'),
      agreedByResponder: false,
      agreedByPostSide: false,
      fulfilledAt: null,
      cancelledAt: expect.any(String),
    }),
  ),
  'Mutation.markExchangeFulfilled': exchangeStep(
    'markExchangeFulfilled',
    () => targets.fulfil,
    () => ({
      ...exchangeOf('FULFILLED', 'FULFILLED'),
      agreedByResponder: true,
      agreedByPostSide: true,
      fulfilledAt: expect.any(String),
      cancelledAt: null,
    }),
  ),
  'Mutation.giveExchangeFeedback': {
    policy: "ExchangeParty(the exchange in 'exchangeId' or 'id')",
    allowed: PARTIES,
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesGiveExchangeFeedback($e: ID!) {
            giveExchangeFeedback(
              exchangeId: $e
              feltWelcome: true
              feltListenedTo: true
              wouldMeetAgain: true
            )
          }
        `),
        { e: targets.fulfilled },
      ),
    data: () => ({ giveExchangeFeedback: true }),
  },
  'Mutation.thankForExchange': {
    policy: "ExchangeParty(the exchange in 'exchangeId' or 'id')",
    allowed: PARTIES,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesThankForExchange($e: ID!, $m: String!) {
            thankForExchange(exchangeId: $e, message: $m) {
              message
            }
          }
        `),
        { e: targets.fulfilled, m: `Thank you, from ${role}` },
      ),
    data: (role) => ({ thankForExchange: { message: `Thank you, from ${role}` } }),
  },
  'Mutation.sendExchangeMessage': {
    policy: "ExchangeParty(the exchange in 'exchangeId' or 'id')",
    allowed: PARTIES,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesSendExchangeMessage($e: ID!, $b: String!) {
            sendExchangeMessage(exchangeId: $e, body: $b) {
              body
              mine
              moderation
            }
          }
        `),
        { e: world.exchangeId, b: `Tuesday suits me, from ${role}` },
      ),
    data: (role) => ({
      sendExchangeMessage: {
        body: `Tuesday suits me, from ${role}`,
        mine: true,
        moderation: 'VISIBLE',
      },
    }),
  },

  'Mutation.releaseModerationItem': moderation(
    'releaseModerationItem',
    () => targets.release,
    'RELEASED',
  ),
  'Mutation.removeModerationItem': moderation(
    'removeModerationItem',
    () => targets.remove,
    'REMOVED',
  ),
  'Mutation.dismissReport': moderation('dismissReport', () => targets.dismiss, 'DISMISSED'),

  'Mutation.createHelpPost': {
    policy: 'HelpPostAuthor(new: me, or a group I organise)',
    // Anyone signed in may post as themself; as a group, only its organisers.
    allowed: ['organiser of their group'],
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesCreateHelpPost($input: CreateHelpPostInput!) {
            createHelpPost(input: $input) {
              title
              authorGroup {
                name
              }
            }
          }
        `),
        {
          input: {
            kind: 'OFFER',
            category: 'BABY_ITEMS',
            title: `Blankets from ${role}`,
            areaCell: '8819429a9dfffff',
            authorGroupId: world.groupId,
          },
        },
      ),
    data: (role) => ({
      createHelpPost: { title: `Blankets from ${role}`, authorGroup: { name: 'Stay and Play' } },
    }),
  },
  'Mutation.updateHelpPost': {
    policy: 'HelpPostAuthor(existing: its author, or organisers of its group)',
    allowed: ['self'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesUpdateHelpPost($id: ID!) {
            updateHelpPost(id: $id, input: { title: "Lift to the clinic on Friday" }) {
              title
              status
            }
          }
        `),
        { id: world.helpPostId },
      ),
    data: () => ({ updateHelpPost: { title: 'Lift to the clinic on Friday', status: 'OPEN' } }),
  },
  'Mutation.withdrawHelpPost': {
    policy: 'HelpPostAuthor(existing: its author, or organisers of its group)',
    allowed: ['self'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesWithdrawHelpPost($id: ID!) {
            withdrawHelpPost(id: $id) {
              title
              status
            }
          }
        `),
        { id: targets.withdrawPostId },
      ),
    data: () => ({ withdrawHelpPost: { title: 'Lift home', status: 'WITHDRAWN' } }),
  },

  'Mutation.updateGroup': {
    policy: "OrganiserOf(the group in 'id')",
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesUpdateGroup($id: ID!) {
            updateGroup(id: $id, input: { description: "Songs and toys on Tuesdays" }) {
              name
              description
            }
          }
        `),
        { id: world.groupId },
      ),
    data: () => ({
      updateGroup: { name: 'Stay and Play', description: 'Songs and toys on Tuesdays' },
    }),
  },
  'Mutation.createSession': {
    policy: "OrganiserOf(the group in 'input.groupId')",
    allowed: ['organiser of their group'],
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesCreateSession($input: CreateSessionInput!) {
            createSession(input: $input) {
              title
              group {
                name
              }
            }
          }
        `),
        {
          input: {
            groupId: world.groupId,
            spaceId: world.spaceId,
            title: `Rhyme time by ${role}`,
            recurrence: 'FREQ=WEEKLY;BYDAY=TH',
            startDate: '2026-01-08',
            startTime: '10:00',
            durationMinutes: 60,
            minAgeMonths: 0,
            maxAgeMonths: 36,
          },
        },
      ),
    data: (role) => ({
      createSession: { title: `Rhyme time by ${role}`, group: { name: 'Stay and Play' } },
    }),
  },
  'Mutation.updateSession': {
    policy: 'OrganiserOf(the session’s group)',
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesUpdateSession($id: ID!) {
            updateSession(id: $id, input: { title: "Stay and Play (moved)" }) {
              title
            }
          }
        `),
        { id: targets.sessionId },
      ),
    data: () => ({ updateSession: { title: 'Stay and Play (moved)' } }),
  },
  'Mutation.createSpace': {
    policy: 'OrganiserOfAnyGroup',
    allowed: ORGANISERS,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesCreateSpace($input: CreateSpaceInput!) {
            createSpace(input: $input) {
              name
            }
          }
        `),
        {
          input: {
            name: `Room of ${role}`,
            kind: 'COMMUNITY_CENTRE',
            address: '1 High Street',
            postcode: 'BD1 1AA',
            latitude: 53.79,
            longitude: -1.75,
          },
        },
      ),
    data: (role) => ({ createSpace: { name: `Room of ${role}` } }),
  },
  'Mutation.updateSpace': {
    policy: "SpaceSteward(the space in 'id')",
    allowed: STEWARDS,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesUpdateSpace($id: ID!, $name: String!) {
            updateSpace(id: $id, input: { name: $name }) {
              name
            }
          }
        `),
        { id: aim(targets.spaces, role), name: `Hall renamed by ${role}` },
      ),
    data: (role) => ({ updateSpace: { name: `Hall renamed by ${role}` } }),
  },
  'Mutation.grantSpaceStewardship': {
    policy: "SpaceSteward(the space in 'spaceId')",
    allowed: STEWARDS,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesGrantSpaceStewardship2($s: ID!, $p: ID!) {
            grantSpaceStewardship(spaceId: $s, personId: $p)
          }
        `),
        { s: aim(targets.spaces, role), p: world.bystander.personId },
      ),
    data: () => ({ grantSpaceStewardship: true }),
  },
  'Mutation.revokeSpaceStewardship': {
    policy: "SpaceSteward(the space in 'spaceId')",
    allowed: STEWARDS,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesRevokeSpaceStewardship($s: ID!, $p: ID!) {
            revokeSpaceStewardship(spaceId: $s, personId: $p)
          }
        `),
        { s: aim(targets.stewardships, role), p: world.bystander.personId },
      ),
    data: () => ({ revokeSpaceStewardship: true }),
  },

  'Mutation.grantRole': {
    policy: 'Admin',
    allowed: ['admin'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesGrantRole($id: ID!) {
            grantRole(personId: $id, role: SAFEGUARDING_LEAD)
          }
        `),
        { id: world.bystander.personId },
      ),
    data: () => ({ grantRole: true }),
  },
  'Mutation.revokeRole': {
    policy: 'Admin',
    allowed: ['admin'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesRevokeRole($id: ID!) {
            revokeRole(personId: $id, role: SAFEGUARDING_LEAD)
          }
        `),
        { id: targets.leadToRevoke },
      ),
    data: () => ({ revokeRole: true }),
  },
  'Mutation.importOpenReferral': {
    policy: 'Admin',
    allowed: ['admin'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesImportOpenReferral($json: String!) {
            importOpenReferral(json: $json) {
              organizations {
                total
                created
              }
              errors {
                message
              }
            }
          }
        `),
        {
          json: JSON.stringify({ organizations: [{ id: 'matrix-org-1', name: 'Matrix Hub' }] }),
        },
      ),
    data: () => ({
      importOpenReferral: { organizations: { total: 1, created: 1 }, errors: [] },
    }),
  },
  'Mutation.recordVetting': {
    policy: 'AdminOrSafeguardingLead',
    allowed: VETTERS,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesRecordVetting2($input: RecordVettingInput!) {
            recordVetting(input: $input) {
              checkType
              inDate
              person {
                displayName
              }
              organisation {
                name
              }
            }
          }
        `),
        {
          input: {
            personId: world.members.self.personId,
            organisationId: role === 'admin' ? world.otherOrganisationId : world.organisationId,
            checkType: 'BASIC_DBS',
            issuedOn: '2025-06-01',
            expiresOn: '2030-06-01',
          },
        },
      ),
    data: (role) => ({
      recordVetting: {
        checkType: 'BASIC_DBS',
        inDate: true,
        person: { displayName: 'Subject S.' },
        organisation: { name: role === 'admin' ? 'Other Hub' : 'Family Hub' },
      },
    }),
  },
  'Mutation.revokeVetting': {
    policy: 'AdminOrSafeguardingLead',
    allowed: VETTERS,
    request: (role) =>
      operation(
        graphql(`
          mutation AccessMatrixWritesRevokeVetting($id: ID!) {
            revokeVetting(id: $id) {
              id
              inDate
              revokedAt
            }
          }
        `),
        { id: aim(targets.vettings, role) },
      ),
    data: (role) => ({
      revokeVetting: {
        id: aim(targets.vettings, role),
        inDate: false,
        revokedAt: expect.any(String),
      },
    }),
  },
  'Mutation.updateSafeguardingConcern': {
    policy: 'SafeguardingLead',
    allowed: ['safeguarding lead'],
    request: () =>
      operation(
        graphql(`
          mutation AccessMatrixWritesUpdateSafeguardingConcern($id: ID!) {
            updateSafeguardingConcern(
              id: $id
              status: IN_PROGRESS
              leadNotes: "Called the health visitor"
            ) {
              status
              leadNotes
            }
          }
        `),
        { id: world.concernId },
      ),
    data: () => ({
      updateSafeguardingConcern: { status: 'IN_PROGRESS', leadNotes: 'Called the health visitor' },
    }),
  },
  ...partnerWriteCases(),
  ...checkInWriteCases(() => world),
  ...tieWriteCases(() => world),
  ...groupsMatrix.writes(() => world),
  ...analyticsWriteCases(),
});

describeMatrix(
  'who may change what, for every role',
  (coordinate) => coordinate.startsWith('Mutation.'),
  () => world,
  cases,
);
