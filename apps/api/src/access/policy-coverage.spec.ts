import {
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { buildAppSchema } from '../build-schema';
import type { Policy } from './policy';

/**
 * Types with no personal data: their plain fields are public. A new object type must be added here or
 * marked @PersonalData(), so nobody adds a type without deciding.
 */
const PUBLIC_TYPES = new Set([
  // Connections and edges only carry their nodes, whose types decide for themselves.
  'AuditEventConnection',
  'AuditEventEdge',
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
  'MatchReason',
  'ModerationItemConnection',
  'ModerationItemEdge',
  'SafeguardingConcernConnection',
  'SafeguardingConcernEdge',
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
  'SessionOccurrence',
  'Space',
  'SpaceConnection',
  'SpaceEdge',
  'TieConnection',
  'TieEdge',
]);

const ROOTS = ['Query', 'Mutation', 'Subscription'];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
}, 30_000);

const policyOf = (field: GraphQLField<unknown, unknown>) =>
  field.extensions?.['policy'] as Policy | undefined;

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
    const defersToParent = new Set(
      objectTypes()
        .filter((type) =>
          fieldsOf(type).some(({ field }) => policyOf(field)?.name === 'ThroughParent'),
        )
        .map((type) => type.name),
    );
    // Every field handing one out is restrictive, or itself belongs to such an object (a chain
    // that starts at a restrictive field, since each link is checked here too).
    const reachedByAnyone = objectTypes()
      .flatMap((type) => fieldsOf(type).map((entry) => ({ ...entry, parent: type.name })))
      .filter(({ field }) => defersToParent.has(getNamedType(field.type).name))
      .filter(({ field }) => !policyOf(field) || policyOf(field)!.allowsEveryone === true)
      .filter(
        ({ field, parent }) =>
          !(policyOf(field)?.name === 'ThroughParent' && defersToParent.has(parent)),
      )
      .filter(({ name }) => !name.endsWith('Edge.node') && !name.endsWith('Connection.edges'))
      .map(({ name, field }) => `${name} → ${getNamedType(field.type).name}`);
    expect(reachedByAnyone).toEqual([]);
  });
});
