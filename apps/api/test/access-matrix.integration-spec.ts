import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AccessWorld,
  buildAccessWorld,
  describeMatrix,
  MatrixCase,
  operation,
  Role,
  SIGNED_IN,
  SignedInRole,
} from './support/access-world';
import { graphql } from './gql';
import { partnerReadCases, setupPartners } from './support/matrix-partners';
import { MY_DATA_ACCESS_LOG } from './support/data-access-log';
import { goingReadCases, setUpGoingMatrix } from './support/matrix-going';
import { checkInReadCases } from './support/matrix-check-in';
import { groupsMatrix } from './support/matrix-groups';
import { analyticsReadCases, setUpAnalyticsMatrix } from './support/matrix-analytics';

/**
 * Every query and every field whose policy can refuse someone (docs/access.md), as every role:
 * refused roles get the refusal and nothing private; allowed roles get exactly their data.
 * Writes and live operations: access-matrix-writes and access-matrix-live.
 */
let world: AccessWorld;
beforeAll(async () => {
  world = await buildAccessWorld();
  await setUpGoingMatrix(world);
  await setupPartners(world);
  await setUpAnalyticsMatrix(world);
});
afterAll(() => world.api.close());

const PROFILE_READERS: Role[] = ['self', 'organiser of their group', 'worker with consent'];

/** One private Person field, read where the subject appears in public (their help post). */
function personField(
  field: string,
  document: TypedDocumentNode<unknown, { id: string }>,
  value: unknown,
): MatrixCase {
  return {
    policy: 'PersonProfile(parent)',
    // The safeguarding lead reads private fields only by asking for the person with a reason.
    allowed: PROFILE_READERS,
    request: () => operation(document, { id: world.helpPostId }),
    data: () => ({ helpPost: { authorPerson: { displayName: 'Subject S.', [field]: value } } }),
    refusedData: () => ({
      helpPost: { authorPerson: { displayName: 'Subject S.', [field]: null } },
    }),
  };
}

/** One Person field only the person herself reads: not those she let see her profile, nor the lead. */
function ownProfileField(
  field: string,
  document: TypedDocumentNode<unknown, { id: string }>,
  value: unknown,
): MatrixCase {
  return { ...personField(field, document, value), policy: 'OwnProfile', allowed: ['self'] };
}

/**
 * One field of `Me`: everyone signed in reads their own; `me` is null without a session, so the
 * field never runs (anonymous gets exactly that null).
 */
function ownField(
  field: string,
  document: TypedDocumentNode<unknown, Record<string, never>>,
  value: (role: SignedInRole) => unknown,
): MatrixCase {
  return {
    policy: 'OwnAccount',
    allowed: ['anonymous', ...SIGNED_IN],
    request: () => operation(document),
    data: (role) => ({
      me: role === 'anonymous' ? null : { [field]: value(role) },
    }),
  };
}

const only =
  <T>(values: Partial<Record<SignedInRole, T>>, otherwise: T) =>
  (role: SignedInRole) =>
    values[role] ?? otherwise;

const cases = (): Record<string, MatrixCase> => ({
  // Own account first: later cases' reads add to the subject's data access log.
  'Me.consents': ownField(
    'consents',
    graphql(`
      query AccessMatrixMeConsents {
        me {
          consents {
            kind
            inForce
            purpose
          }
        }
      }
    `),
    only(
      {
        self: [
          { kind: 'SUPPORTED_BY_ORGANISATION', inForce: true, purpose: 'Help settling in' },
          { kind: 'VISIBLE_TO_GROUP_ORGANISERS', inForce: true, purpose: null },
        ],
      },
      [],
    ),
  ),
  'Me.dataAccessLog': ownField('dataAccessLog', MY_DATA_ACCESS_LOG, (role) => ({
    // Nobody has read anyone's private data yet; the workers' vetting was recorded by the lead.
    edges: role.startsWith('worker')
      ? [
          {
            node: {
              action: 'vetting:recorded',
              basis: 'SAFEGUARDING_LEAD',
              actor: { displayName: 'Lead L.' },
            },
          },
        ]
      : [],
  })),
  'Me.email': ownField(
    'email',
    graphql(`
      query AccessMatrixMeEmail {
        me {
          email
        }
      }
    `),
    (role) => world.members[role].email,
  ),
  'Me.hasCalendarFeed': ownField(
    'hasCalendarFeed',
    graphql(`
      query AccessMatrixMeHasCalendarFeed {
        me {
          hasCalendarFeed
        }
      }
    `),
    () => false,
  ),
  'Me.organising': ownField(
    'organising',
    graphql(`
      query AccessMatrixMeOrganising {
        me {
          organising {
            name
          }
        }
      }
    `),
    only(
      {
        'organiser of their group': [{ name: 'Stay and Play' }],
        'organiser of another group': [{ name: 'Chess Club' }],
      },
      [],
    ),
  ),
  'Me.person': ownField(
    'person',
    graphql(`
      query AccessMatrixMePerson {
        me {
          person {
            id
          }
        }
      }
    `),
    (role) => ({ id: world.members[role].personId }),
  ),
  'Me.roles': ownField(
    'roles',
    graphql(`
      query AccessMatrixMeRoles {
        me {
          roles
        }
      }
    `),
    only({ 'safeguarding lead': ['SAFEGUARDING_LEAD'], admin: ['ADMIN'] }, []),
  ),
  'Me.savedSearches': ownField(
    'savedSearches',
    graphql(`
      query AccessMatrixMeSavedSearches {
        me {
          savedSearches {
            name
          }
        }
      }
    `),
    () => [],
  ),
  'Me.savedSessions': ownField(
    'savedSessions',
    graphql(`
      query AccessMatrixMeSavedSessions {
        me {
          savedSessions {
            title
          }
        }
      }
    `),
    () => [],
  ),
  'Me.sessions': ownField(
    'sessions',
    graphql(`
      query AccessMatrixMeSessions {
        me {
          sessions {
            current
          }
        }
      }
    `),
    () => [{ current: true }],
  ),
  'Me.workerFor': ownField(
    'workerFor',
    graphql(`
      query AccessMatrixMeWorkerFor {
        me {
          workerFor {
            inDate
            organisation {
              name
            }
          }
        }
      }
    `),
    only(
      {
        'worker with consent': [{ inDate: true, organisation: { name: 'Family Hub' } }],
        'worker without consent': [{ inDate: true, organisation: { name: 'Other Hub' } }],
        'worker with expired vetting': [{ inDate: false, organisation: { name: 'Family Hub' } }],
      },
      [],
    ),
  ),

  'Person.areaCell': personField(
    'areaCell',
    graphql(`
      query AccessMatrixPersonAreaCell($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            areaCell
          }
        }
      }
    `),
    '8819429a9dfffff',
  ),
  'Person.canOffer': personField(
    'canOffer',
    graphql(`
      query AccessMatrixPersonCanOffer($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            canOffer
          }
        }
      }
    `),
    ['COOKING'],
  ),
  'Person.helpGiven': ownProfileField(
    'helpGiven',
    graphql(`
      query AccessMatrixPersonHelpGiven($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            helpGiven
          }
        }
      }
    `),
    0,
  ),
  'Person.helpReceived': ownProfileField(
    'helpReceived',
    graphql(`
      query AccessMatrixPersonHelpReceived($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            helpReceived
          }
        }
      }
    `),
    0,
  ),
  'Person.languages': personField(
    'languages',
    graphql(`
      query AccessMatrixPersonLanguages($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            languages
          }
        }
      }
    `),
    ['ur'],
  ),
  'Person.lifeStage': personField(
    'lifeStage',
    graphql(`
      query AccessMatrixPersonLifeStage($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            lifeStage {
              expecting
              dueMonth
            }
          }
        }
      }
    `),
    {
      expecting: false,
      dueMonth: null,
    },
  ),
  'Person.memberships': personField(
    'memberships',
    graphql(`
      query AccessMatrixPersonMemberships($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            memberships {
              role
              group {
                name
              }
            }
          }
        }
      }
    `),
    [{ role: 'MEMBER', group: { name: 'Stay and Play' } }],
  ),
  'Person.suitableWeekdays': ownProfileField(
    'suitableWeekdays',
    graphql(`
      query AccessMatrixPersonSuitableWeekdays($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            suitableWeekdays
          }
        }
      }
    `),
    [2, 4],
  ),
  'Person.wouldLike': personField(
    'wouldLike',
    graphql(`
      query AccessMatrixPersonWouldLike($id: ID!) {
        helpPost(id: $id) {
          authorPerson {
            displayName
            wouldLike
          }
        }
      }
    `),
    [],
  ),

  'Group.helpGiven': {
    policy: 'OrganiserOf(this group)',
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixGroup($id: ID!) {
            group(id: $id) {
              name
              helpGiven
            }
          }
        `),
        { id: world.groupId },
      ),
    data: () => ({ group: { name: 'Stay and Play', helpGiven: 0 } }),
    refusedData: () => ({ group: { name: 'Stay and Play', helpGiven: null } }),
  },
  'Group.helpReceived': {
    policy: 'OrganiserOf(this group)',
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixGroup2($id: ID!) {
            group(id: $id) {
              name
              helpReceived
            }
          }
        `),
        { id: world.groupId },
      ),
    data: () => ({ group: { name: 'Stay and Play', helpReceived: 0 } }),
    refusedData: () => ({ group: { name: 'Stay and Play', helpReceived: null } }),
  },

  'Query.auditEvents': {
    policy: 'Admin',
    allowed: ['admin'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixAuditEvents($id: ID) {
            auditEvents(subjectPersonId: $id) {
              edges {
                node {
                  action
                  basis
                }
              }
            }
          }
        `),
        { id: world.bystander.personId },
      ),
    data: () => ({
      auditEvents: { edges: [{ node: { action: 'account:created', basis: 'SELF' } }] },
    }),
  },
  'Query.caseload': {
    policy: "WorkerOf(the organisation in 'organisationId')",
    allowed: ['worker with consent'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixCaseload($id: ID!) {
            caseload(organisationId: $id) {
              edges {
                node {
                  displayName
                  languages
                }
              }
            }
          }
        `),
        { id: world.organisationId },
      ),
    data: () => ({
      caseload: { edges: [{ node: { displayName: 'Subject S.', languages: ['ur'] } }] },
    }),
  },
  'Query.exchange': {
    policy: "ExchangeParty(the exchange in 'exchangeId' or 'id')",
    allowed: ['self', 'organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixExchange($id: ID!) {
            exchange(id: $id) {
              status
              helpPost {
                title
              }
              responder {
                displayName
              }
            }
          }
        `),
        { id: world.exchangeId },
      ),
    data: () => ({
      exchange: {
        status: 'OPEN',
        helpPost: { title: 'Pram to give' },
        responder: { displayName: 'Subject S.' },
      },
    }),
  },
  'Query.exchangeFeedbackSummary': {
    policy: 'FeedbackSummary(groupId: OrganiserOf or Admin; none: Admin)',
    allowed: ['organiser of their group', 'admin'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixExchangeFeedbackSummary($g: ID) {
            exchangeFeedbackSummary(groupId: $g) {
              responses
            }
          }
        `),
        { g: world.groupId },
      ),
    // Fewer than 5 responses: nothing to show, to those who may see it.
    data: () => ({ exchangeFeedbackSummary: null }),
    refusedData: () => ({ exchangeFeedbackSummary: null }),
  },
  'Query.exchangeMessages': {
    policy: "ExchangeParty(the conversation of the exchange in 'exchangeId')",
    allowed: ['self', 'organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixExchangeMessages($id: ID!) {
            exchangeMessages(exchangeId: $id) {
              edges {
                node {
                  body
                  author {
                    displayName
                  }
                }
              }
            }
          }
        `),
        { id: world.exchangeId },
      ),
    data: () => ({
      exchangeMessages: {
        edges: [
          { node: { body: 'Hello, could I help?', author: { displayName: 'Subject S.' } } },
          { node: { body: 'Come on Tuesday.', author: { displayName: 'Organiser O.' } } },
        ],
      },
    }),
  },
  'Query.groupExchanges': {
    policy: "OrganiserOf(the group in 'groupId')",
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixGroupExchanges($g: ID!) {
            groupExchanges(groupId: $g) {
              edges {
                node {
                  id
                  status
                }
              }
            }
          }
        `),
        { g: world.groupId },
      ),
    data: () => ({
      groupExchanges: { edges: [{ node: { id: world.exchangeId, status: 'OPEN' } }] },
    }),
  },
  'Query.groupMembers': {
    policy: "OrganiserOf(the group in 'groupId')",
    allowed: ['organiser of their group'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixGroupMembers($g: ID!) {
            groupMembers(groupId: $g) {
              edges {
                node {
                  displayName
                }
              }
            }
          }
        `),
        { g: world.groupId },
      ),
    // Only members who chose to be visible to their organisers.
    data: () => ({ groupMembers: { edges: [{ node: { displayName: 'Subject S.' } }] } }),
  },
  'Query.helpPostMatches': {
    policy: 'HelpPostAuthor(existing: its author, or organisers of its group)',
    allowed: ['self'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixHelpPostMatches($id: ID!) {
            helpPostMatches(id: $id) {
              post {
                title
              }
            }
          }
        `),
        { id: world.helpPostId },
      ),
    data: () => ({ helpPostMatches: [] }),
  },
  'Query.moderationQueue': {
    policy: 'ModerationQueue(groupId: OrganiserOf or Admin; none: Admin or organiser of any group)',
    allowed: ['organiser of their group', 'admin'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixModerationQueue($g: ID) {
            moderationQueue(groupId: $g) {
              edges {
                node {
                  id
                  state
                  helpPost {
                    title
                  }
                }
              }
            }
          }
        `),
        { g: world.groupId },
      ),
    data: () => ({
      moderationQueue: {
        edges: [
          {
            node: {
              id: world.moderationItemId,
              state: 'PENDING',
              helpPost: { title: 'Pram to give' },
            },
          },
        ],
      },
    }),
  },
  'Query.person': {
    policy: "PersonProfile(the person in 'id')",
    allowed: [...PROFILE_READERS, 'safeguarding lead'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixPerson2($id: ID!) {
            person(id: $id, purpose: "Checking in after a referral") {
              displayName
              languages
              canOffer
            }
          }
        `),
        { id: world.members.self.personId },
      ),
    data: () => ({
      person: { displayName: 'Subject S.', languages: ['ur'], canOffer: ['COOKING'] },
    }),
  },
  'Query.safeguardingConcerns': {
    policy: 'SafeguardingLead',
    allowed: ['safeguarding lead'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixSafeguardingConcerns {
            safeguardingConcerns {
              edges {
                node {
                  id
                  concern
                  status
                  aboutPerson {
                    displayName
                  }
                }
              }
            }
          }
        `),
      ),
    data: () => ({
      safeguardingConcerns: {
        edges: [
          {
            node: {
              id: world.concernId,
              concern: 'Worried about the subject.',
              status: 'RAISED',
              aboutPerson: { displayName: 'Subject S.' },
            },
          },
        ],
      },
    }),
  },
  'Query.ties': {
    policy: 'Ties(personId: PersonProfile, groupId: Anyone)',
    allowed: [...PROFILE_READERS, 'safeguarding lead'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixTies($id: ID!) {
            ties(personId: $id, purpose: "Concern raised by a health visitor") {
              edges {
                node {
                  kind
                }
              }
            }
          }
        `),
        { id: world.members.self.personId },
      ),
    data: () => ({ ties: { edges: [{ node: { kind: 'PERSON_GROUP' } }] } }),
  },
  'Query.vettings': {
    policy: 'AdminOrSafeguardingLead',
    allowed: ['safeguarding lead', 'admin'],
    request: () =>
      operation(
        graphql(`
          query AccessMatrixVettings($id: ID!) {
            vettings(organisationId: $id) {
              id
              checkType
              inDate
              person {
                displayName
              }
            }
          }
        `),
        { id: world.organisationId },
      ),
    data: () => ({
      // Newest first.
      vettings: [
        {
          id: world.vettingIds[1],
          checkType: 'ENHANCED_DBS',
          inDate: false,
          person: { displayName: 'Worker Y.' },
        },
        {
          id: world.vettingIds[0],
          checkType: 'ENHANCED_DBS',
          inDate: true,
          person: { displayName: 'Worker W.' },
        },
      ],
    }),
  },
  ...goingReadCases(),
  ...partnerReadCases(),
  ...checkInReadCases(() => world),
  ...groupsMatrix.reads(() => world),
  ...analyticsReadCases(),
});

describeMatrix(
  'who may read what, for every role',
  (coordinate) => !coordinate.startsWith('Mutation.') && !coordinate.startsWith('Subscription.'),
  () => world,
  cases,
);

describe('reasons and records of reading', () => {
  it('asks the safeguarding lead to say why', async () => {
    const result = await world.members['safeguarding lead'].gql(
      graphql(`
        query AccessMatrixPerson($id: ID!) {
          person(id: $id) {
            displayName
          }
        }
      `),
      { id: world.members.self.personId },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'purpose',
    });
  });

  // Runs after the matrix, whose reads it finds in the log.
  it('audits every read by someone else, and the person can see who looked and why', async () => {
    const { api, members } = world;
    const log = await members.self.gql(
      graphql(`
        query AccessMatrixMe {
          me {
            dataAccessLog(first: 50) {
              edges {
                node {
                  action
                  basis
                  purpose
                  actor {
                    displayName
                  }
                  viaGroup {
                    name
                  }
                }
              }
            }
          }
        }
      `),
    );
    const events = log.data!['me']!.dataAccessLog.edges.map((edge) => edge.node);
    expect(events).toEqual(
      expect.arrayContaining([
        {
          action: 'read:Person.languages',
          basis: 'WORKER',
          purpose: 'Help settling in',
          actor: { displayName: 'Worker W.' },
          viaGroup: { name: 'Family Hub' },
        },
        expect.objectContaining({
          basis: 'SAFEGUARDING_LEAD',
          purpose: 'Checking in after a referral',
          actor: { displayName: 'Lead L.' },
        }),
        expect.objectContaining({ basis: 'ORGANISER', viaGroup: { name: 'Stay and Play' } }),
      ]),
    );
    // The person's own reads are not "someone looking".
    expect(events.every((event) => event.actor!.displayName !== 'Subject S.')).toBe(true);
    await expect(
      api.dataSource.query(`UPDATE audit_event SET purpose = 'changed'`),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(api.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(
      /cannot be changed or deleted/,
    );
  });
});
