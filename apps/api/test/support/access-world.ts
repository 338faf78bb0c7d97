import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedPolicyTable, NO_POLICY } from '../../src/access/policy-table';
import { createGroup, createSpace } from './factories';
import { postHelp, startExchange, sendMessage, CELL } from './help-exchanges';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  Caller,
  GraphQLResponse,
  Member,
  startTestApi,
  TestApi,
  VariablesArgument,
} from './test-api';
import { graphql } from '../gql';
import type { GiveConsentInput } from '../gql/graphql';

/**
 * The role matrix: the reviewed table in docs/access.md lists every operation and field with its
 * policy; every entry whose policy can refuse someone gets a case here, run as each of these roles
 * against one seeded world per spec file.
 */
export const ROLES = [
  'anonymous',
  'self',
  'other member',
  'organiser of their group',
  'organiser of another group',
  'worker with consent',
  'worker without consent',
  'worker with expired vetting',
  'safeguarding lead',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;
export const SIGNED_IN = ROLES.filter((role): role is SignedInRole => role !== 'anonymous');

/** Policies that refuse nobody, or nobody signed in, or defer to the field that handed out the object. */
const NOT_SENSITIVE = new Set(['Anyone', 'SignedIn', 'ThroughParent', NO_POLICY]);

/** The committed table's entries whose policy can refuse a signed-in person: `Type.field` → policy. */
export function sensitiveEntries(include: (coordinate: string) => boolean): Map<string, string> {
  const table = committedPolicyTable(
    readFileSync(join(__dirname, '../../../../docs/access.md'), 'utf8'),
  );
  return new Map(
    [...table.operations, ...table.fields].filter(
      ([coordinate, policy]) => include(coordinate) && !NOT_SENSITIVE.has(policy),
    ),
  );
}

/** Private words of the subject that must never appear beside a refusal. */
export const SECRETS =
  /"ur"|COOKING|Lift to clinic|Worried about|"childAgesMonths":\[\d|Hello, could I/;

export const townDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

export interface AccessWorld {
  api: TestApi;
  callers: Record<Role, Caller>;
  members: Record<SignedInRole, Member>;
  /** A member holding no role in anything, for operations about a third person. */
  bystander: Member;
  groupId: string;
  otherGroupId: string;
  organisationId: string;
  otherOrganisationId: string;
  spaceId: string;
  /** The subject's own help request. */
  helpPostId: string;
  /** A post of the subject's group, made by its organiser, that the subject answered. */
  groupPostId: string;
  exchangeId: string;
  /** The moderation item of the group post, which the other member reported. */
  moderationItemId: string;
  reportId: string;
  /** The concern the other member raised about the subject. */
  concernId: string;
  /** Vetting records of the worker with consent and of the expired worker. */
  vettingIds: string[];
}

/** Fails loudly when a setup step is refused, naming the operation. */
export function dataOf<T>(result: GraphQLResponse<T>, what: string): T {
  if (!result.data || result.errors) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/**
 * The world every role is tried in. The subject ("self") has a profile, belongs to a group, let
 * that group's organisers and one organisation's workers see them, asked for a lift, and answered
 * a post of their group; another member reported that post and raised a concern about them.
 */
export async function buildAccessWorld(): Promise<AccessWorld> {
  const api = await startTestApi();
  const [self, organiser, otherOrganiser, manager, other, lead, admin, bystander] =
    await Promise.all([
      api.signUp('Subject S.', {
        profile: {
          languages: ['ur'],
          canOffer: ['COOKING'],
          areaCell: CELL,
          suitableWeekdays: [2, 4],
          lifeStage: { childBirthMonths: ['2026-05'] },
        },
      }),
      api.signUp('Organiser O.'),
      api.signUp('Organiser P.'),
      api.signUp('Manager M.'),
      api.signUp('Neighbour N.'),
      api.signUp('Lead L.'),
      api.signUp('Admin A.'),
      api.signUp('Bystander B.'),
    ]);
  const [worker, otherWorker, expiredWorker] = await Promise.all([
    api.signUp('Worker W.'),
    api.signUp('Worker X.'),
    api.signUp('Worker Y.'),
  ]);
  await Promise.all([api.grantRole(lead, 'SAFEGUARDING_LEAD'), api.grantRole(admin, 'ADMIN')]);
  const [group, otherGroup, organisation, otherOrganisation] = await Promise.all([
    createGroup(organiser, { name: 'Stay and Play' }),
    createGroup(otherOrganiser, { name: 'Chess Club' }),
    createGroup(manager, { name: 'Family Hub', kind: 'SERVICE' }),
    createGroup(manager, { name: 'Other Hub', kind: 'SERVICE' }),
  ]);
  const space = await createSpace(organiser, { name: 'Westgate Hall' });

  dataOf(
    await self.gql(
      graphql(`
        mutation AccessWorldJoinGroup($g: ID!) {
          joinGroup(groupId: $g) {
            id
          }
        }
      `),
      { g: group.id },
    ),
    'joinGroup',
  );
  for (const input of [
    { kind: 'VISIBLE_TO_GROUP_ORGANISERS' },
    {
      kind: 'SUPPORTED_BY_ORGANISATION',
      organisationId: organisation.id,
      purpose: 'Help settling in',
    },
  ] satisfies GiveConsentInput[])
    dataOf(
      await self.gql(
        graphql(`
          mutation AccessWorldGiveConsent($input: GiveConsentInput!) {
            giveConsent(input: $input) {
              inForce
            }
          }
        `),
        { input },
      ),
      'giveConsent',
    );

  const vet = async (member: Member, organisationId: string, issuedOn: string, expiresOn: string) =>
    dataOf(
      await lead.gql(
        graphql(`
          mutation AccessWorldRecordVetting($input: RecordVettingInput!) {
            recordVetting(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            personId: member.personId,
            organisationId,
            checkType: 'ENHANCED_DBS',
            issuedOn,
            expiresOn,
          },
        },
      ),
      'recordVetting',
    )['recordVetting'].id as string;
  const vettingIds = [
    await vet(worker, organisation.id, '2025-01-01', townDay(365)),
    // Expiring today: access ends today, not tomorrow.
    await vet(expiredWorker, organisation.id, '2024-01-01', townDay(0)),
  ];
  await vet(otherWorker, otherOrganisation.id, '2025-01-01', townDay(365));

  const helpPost = await postHelp(self, {
    kind: 'REQUEST',
    category: 'LIFTS',
    title: 'Lift to clinic',
  });
  const groupPost = await postHelp(organiser, { authorGroupId: group.id, title: 'Pram to give' });
  const exchangeId = await startExchange(self, groupPost.id);
  await sendMessage(organiser, exchangeId, 'Come on Tuesday.');

  dataOf(
    await other.gql(
      graphql(`
        mutation AccessWorldReportHelpPost($p: ID!) {
          reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)
        }
      `),
      {
        p: groupPost.id,
      },
    ),
    'reportHelpPost',
  );
  const queue = dataOf(
    await organiser.gql(
      graphql(`
        query AccessWorldModerationQueue($g: ID) {
          moderationQueue(groupId: $g) {
            edges {
              node {
                id
                reports {
                  id
                }
              }
            }
          }
        }
      `),
      { g: group.id },
    ),
    'moderationQueue',
  )['moderationQueue'].edges[0]!.node;
  const concern = dataOf(
    await other.gql(
      graphql(`
        mutation AccessWorldRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {
          raiseSafeguardingConcern(input: $input) {
            id
          }
        }
      `),
      { input: { aboutPersonId: self.personId, concern: 'Worried about the subject.' } },
    ),
    'raiseSafeguardingConcern',
  )['raiseSafeguardingConcern'];

  const members: Record<SignedInRole, Member> = {
    self,
    'other member': other,
    'organiser of their group': organiser,
    'organiser of another group': otherOrganiser,
    'worker with consent': worker,
    'worker without consent': otherWorker,
    'worker with expired vetting': expiredWorker,
    'safeguarding lead': lead,
    admin,
  };
  return {
    api,
    callers: { anonymous: api, ...members },
    members,
    bystander,
    groupId: group.id,
    otherGroupId: otherGroup.id,
    organisationId: organisation.id,
    otherOrganisationId: otherOrganisation.id,
    spaceId: space.id,
    helpPostId: helpPost.id,
    groupPostId: groupPost.id,
    exchangeId,
    moderationItemId: queue.id,
    reportId: queue.reports[0]!.id,
    concernId: concern.id,
    vettingIds,
  };
}

export interface MatrixCase {
  /** The policy the case was written for, as the table names it. */
  policy: string;
  allowed: readonly Role[];
  /** The operation a role sends; allowed roles of a write may each get their own target. */
  request(role: Role): MatrixRequest;
  /** Exactly what an allowed role gets back. */
  data(role: Role): unknown;
  /** What a refused role gets beside the error (default: nothing, `null`). */
  refusedData?(role: Role): unknown;
  /** The refusal's code (default: UNAUTHENTICATED for anonymous, FORBIDDEN for anyone else). */
  refusalCode?(role: Role): string;
}

/** An operation of the matrix, ready to send as any role; its answer is compared whole. */
export type MatrixRequest = (caller: Caller) => Promise<GraphQLResponse>;

/** A typed document and its variables (checked here) as a matrix request. */
export const operation =
  <Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    ...variables: VariablesArgument<Variables>
  ): MatrixRequest =>
  (caller) =>
    caller.gql(document, ...variables);

const defaultCode = (role: Role) => (role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

/**
 * One test that every sensitive entry of the table has a case written for its policy, then one
 * test per case running every role at once.
 */
export function describeMatrix(
  title: string,
  include: (coordinate: string) => boolean,
  world: () => AccessWorld,
  cases: () => Record<string, MatrixCase>,
): void {
  describe(title, () => {
    it('has a case for every entry of the reviewed table whose policy can refuse, written for that policy', () => {
      const expected = Object.fromEntries(sensitiveEntries(include));
      const written = Object.fromEntries(
        Object.entries(cases()).map(([coordinate, { policy }]) => [coordinate, policy]),
      );
      expect(written).toEqual(expected);
    });

    for (const coordinate of Object.keys(cases())) {
      it(`lets exactly the allowed roles use ${coordinate}, and gives them exactly their data`, async () => {
        const entry = cases()[coordinate]!;
        const results = await Promise.all(
          ROLES.map(async (role) => {
            return [role, await entry.request(role)(world().callers[role])] as const;
          }),
        );
        for (const [role, result] of results) {
          const seen = { role, ...result };
          if (entry.allowed.includes(role)) {
            expect(seen).toEqual({ role, data: entry.data(role) });
          } else {
            // Refused: every error carries the refusal's code, and nothing private comes with it.
            expect({
              role,
              data: result.data ?? null,
              codes: [...new Set(result.errors?.map((error) => error.extensions?.code))],
            }).toEqual({
              role,
              data: entry.refusedData ? entry.refusedData(role) : null,
              codes: [(entry.refusalCode ?? defaultCode)(role)],
            });
            expect(JSON.stringify(result.data ?? null)).not.toMatch(SECRETS);
          }
        }
      });
    }
  });
}
