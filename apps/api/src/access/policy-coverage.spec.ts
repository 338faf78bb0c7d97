import {
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema } from '../build-schema';
import {
  committedPolicyTable,
  policyMaps,
  policyOf,
  policyTable,
  ROOT_TYPES,
} from './policy-table';

const ACCESS_DOC = join(__dirname, '../../../../docs/access.md');

/**
 * Types with no personal data: their plain fields are public. A new object type must be added here or
 * marked @PersonalData(), so nobody adds a type without deciding.
 */
const PUBLIC_TYPES = new Set([
  // Connections and edges only carry their nodes, whose types decide for themselves.
  'AuditEventConnection',
  'AuditEventEdge',
  'AttendanceConnection',
  'AttendanceEdge',
  'MyTieConnection',
  'MyTieEdge',
  // Part of a public help post: weekdays and parts of days, no more.
  'AvailabilitySlot',
  'ExchangeConnection',
  'ExchangeEdge',
  'ExchangeMessageConnection',
  'ExchangeMessageEdge',
  // Events of the real-time log carry a cursor and their subject, whose type decides for itself.
  'ExchangeEvent',
  'ExchangeMessageEvent',
  'Group',
  // Co-organiser invitations hold no person; they are handed out only to the group's organisers
  // (the link, once, to the one who made it) and to whoever holds the link's token.
  'CoOrganiserInvitation',
  'CoOrganiserInvitationLink',
  'CoOrganiserInvitationPreview',
  // The map's configuration (tile and directions URLs, whether addresses can be searched).
  'MapSettings',
  'MatchReason',
  'ModerationItemConnection',
  'ModerationItemEdge',
  'SafeguardingConcernConnection',
  'SafeguardingConcernEdge',
  // Where the caller's own search was measured from, given back to that caller only.
  'SearchOrigin',
  'SessionSearchConnection',
  'SessionSearchResultEdge',
  'SpaceSearchConnection',
  'SpaceSearchResult',
  'SpaceSearchResultEdge',
  'GroupSearchConnection',
  'GroupSearchResult',
  'GroupSearchResultEdge',
  'SessionSearchResult',
  'GroupConnection',
  'GroupEdge',
  'HelpBoardEvent',
  'HelpPost',
  'HelpPostConnection',
  'HelpPostEdge',
  'NearbyParentConnection',
  'NearbyParentEdge',
  'OpenReferralImportProblem',
  'OpenReferralImportResult',
  'OpenReferralRecordCounts',
  'OpeningPeriod',
  'PageInfo',
  'PersonConnection',
  'PersonEdge',
  // Only ever an aggregate of at least 5 responses (null below that): never one person's answers.
  'RelationalFeedbackSummary',
  'Session',
  'SessionConnection',
  'SessionEdge',
  'SessionRsvpConnection',
  'SessionRsvpEdge',
  'SessionOccurrence',
  // The social-graph analysis: reachable only through admin operations, and only aggregates
  // (areas under 5 people left out; households as counts, never one by one).
  'SocialGraphAnalysis',
  'SocialGraphAggregate',
  'SocialGraphArea',
  'HouseholdConnectednessSummary',
  'HouseholdFactorCount',
  'Space',
  'SpaceConnection',
  'SpaceEdge',
  'TieConnection',
  'TieEdge',
]);

const ROOTS: readonly string[] = ROOT_TYPES;

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
}, 30_000);

function objectTypes(): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !isIntrospectionType(type),
  );
}

function fieldsOf(type: GraphQLObjectType) {
  return Object.values(type.getFields()).map((field) => ({
    name: `${type.name}.${field.name}`,
    field,
  }));
}

describe('every operation and private field declares who may use it', () => {
  it('gives every query, mutation and subscription a policy', () => {
    const roots = ROOTS.map((name) => schema.getType(name)).filter(isObjectType);
    const missing = roots.flatMap(fieldsOf).filter(({ field }) => !policyOf(field));
    expect(missing.map(({ name }) => name)).toEqual([]);
    expect(roots.flatMap(fieldsOf).length).toBeGreaterThan(30);
  });

  it('classifies every object type as public or as personal data', () => {
    const unclassified = objectTypes()
      .filter((type) => !ROOTS.includes(type.name))
      .filter((type) => !type.extensions?.['personalData'] && !PUBLIC_TYPES.has(type.name))
      .map((type) => type.name);
    expect(unclassified).toEqual([]);
  });

  it('gives every field of a personal-data type a policy', () => {
    const personal = objectTypes().filter((type) => type.extensions?.['personalData']);
    expect(personal.map((type) => type.name)).toEqual(
      expect.arrayContaining([
        'Person',
        'Me',
        'Membership',
        'Tie',
        'LifeStage',
        'Exchange',
        'ExchangeMessage',
        'ExchangeThanks',
        'HelpMatch',
      ]),
    );
    const missing = personal
      .flatMap(fieldsOf)
      .filter(({ field }) => !policyOf(field))
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it('hands out objects whose fields defer to their parent only through guarded fields', () => {
    const defersToParent = objectTypes()
      .filter((type) =>
        fieldsOf(type).some(({ field }) => policyOf(field)?.name === 'ThroughParent'),
      )
      .map((type) => type.name);
    // A type is reached only through guarded fields when every field returning it is restrictive
    // or belongs to a type that is itself only reached that way (a connection, an edge, an event,
    // a record inside a record): the largest set of types for which that holds.
    const guardedOnly = new Set(objectTypes().map((type) => type.name));
    for (const root of ROOTS) guardedOnly.delete(root);
    const openings = () =>
      objectTypes()
        .flatMap((type) => fieldsOf(type).map((entry) => ({ ...entry, parent: type.name })))
        .filter(({ field }) => guardedOnly.has(getNamedType(field.type).name))
        .filter(({ field }) => !policyOf(field) || policyOf(field)!.allowsEveryone === true)
        .filter(({ parent }) => !guardedOnly.has(parent));
    for (let open = openings(); open.length; open = openings())
      for (const { field } of open) guardedOnly.delete(getNamedType(field.type).name);
    const reachedByAnyone = defersToParent.filter((name) => !guardedOnly.has(name));
    expect(reachedByAnyone).toEqual([]);
  });
});

describe('the reviewed table of policies (docs/access.md)', () => {
  const committed = () => committedPolicyTable(readFileSync(ACCESS_DOC, 'utf8'));

  // Map entries, so a difference names the operation or field and both policies.
  it('gives every operation the policy the table says', () => {
    expect([...policyMaps(policyTable(schema)).operations]).toEqual([...committed().operations]);
  });

  it('gives every field an operation can reach the policy the table says', () => {
    expect([...policyMaps(policyTable(schema)).fields]).toEqual([...committed().fields]);
  });

  it('names its policy in the description of every operation', () => {
    const undescribed = ROOTS.map((name) => schema.getType(name))
      .filter(isObjectType)
      .flatMap(fieldsOf)
      .filter(
        ({ field }) =>
          !field.description?.endsWith(
            `Policy: ${policyOf(field)?.name} (who may use it: docs/access.md).`,
          ),
      )
      .map(({ name }) => name);
    expect(undescribed).toEqual([]);
  });
});
