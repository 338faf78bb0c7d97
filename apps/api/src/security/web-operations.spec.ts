import {
  getOperationAST,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAppSchema } from '../build-schema';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { limitRules } from './graphql-hardening';
import { GRAPHQL_LIMITS } from './limits';
import { operationCost } from './query-cost';

/** The operations the web client is built with: graphql-codegen's trusted-documents manifest. */
const manifestPath = resolve(__dirname, '../../../web/src/gql/persisted-documents.json');
const operations = Object.values(
  JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>,
).map((text) => {
  const document = parse(text, { maxTokens: GRAPHQL_LIMITS.maxTokens });
  return { name: getOperationAST(document)?.name?.value ?? text, document };
});

/** A value of `type` that GraphQL accepts. Every Int is MAX_PAGE_SIZE, so every `first` is at its most. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((field) => [field.name, sampleValue(field.type)]));
  }
  for (const candidate of [MAX_PAGE_SIZE, '2026-03-29T10:00:00.000Z', true]) {
    try {
      type.parseValue(candidate);
      return candidate;
    } catch {
      // not this kind of value; try the next
    }
  }
  throw new Error(`No sample value for ${type.name}`);
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType;
      return [definition.variable.name.value, sampleValue(type)];
    }),
  );
}

describe('every operation the web app sends stays within the limits', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(operations)('$name passes the depth, alias and credential rules', ({ document }) => {
    expect(validate(schema, document, [...specifiedRules, ...limitRules()])).toEqual([]);
  });

  it.each(operations)('$name costs at most the limit with every page at 50', ({ document }) => {
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    const cost = operationCost(schema, document, sampleVariables(schema, operation));
    expect(cost).not.toBeNull();
    expect(cost).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
  });
});
