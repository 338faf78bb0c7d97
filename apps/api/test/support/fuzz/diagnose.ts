import {
  ArgumentNode,
  FieldNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
  typeFromAST,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { FuzzCase } from './operations';
import type { FuzzPools } from './values';
import { idKindOf } from './values';
import type { Outcome, Symptom } from './verdict';

/** The worst symptom of a failure names its class; earlier is worse. */
const SYMPTOM_ORDER: Symptom[] = [
  'INTERNAL_SERVER_ERROR',
  'HTTP 5xx',
  'socket closed as an internal error',
  'stack trace',
  'SQL text',
  'error without a code',
  'response that is not GraphQL',
];

export const mainSymptom = (symptoms: readonly Symptom[]): Symptom =>
  SYMPTOM_ORDER.find((symptom) => symptoms.includes(symptom))!;

/** One case that failed, as the fuzzer first saw it. */
export interface Failure {
  fuzzCase: FuzzCase;
  symptoms: Symptom[];
  outcome: Outcome;
}

/**
 * A class of failure: its worst symptom and the hazards in the input it needs (what was left after
 * shrinking), e.g. "INTERNAL_SERVER_ERROR from NUL character".
 */
export interface FailureClass {
  symptom: Symptom;
  causes: string[];
  transport: FuzzCase['transport'];
  operation: FuzzCase['operation'];
}

export const className = (found: FailureClass) =>
  `${found.symptom} from ${found.causes.length ? found.causes.join(' + ') : 'ordinary input'}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A DateTime a client may reasonably send: the RFC 3339 form, a real date, in the years a town's
 * calendar uses (issue 10 counts 0000 and 9999 as out of range: windows after them overflow).
 */
export function isSaneDateTime(value: string): boolean {
  if (!ISO_DATE_TIME.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const parsed = new Date(value);
  return (
    year >= 1900 &&
    year <= 2200 &&
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === value.slice(0, 10)
  );
}

/** Text in the form of a date or month (YYYY-MM, YYYY-MM-DD) that is not a real one in 1900–2200. */
function isOddDateText(value: string): boolean {
  const match = /^([+-]?\d{4,6})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value);
  if (!match) return false;
  const [, year, month, day = '01'] = match;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    Number(year) < 1900 ||
    Number(year) > 2200 ||
    parsed.getUTCMonth() !== Number(month) - 1 ||
    parsed.getUTCDate() !== Number(day)
  );
}

/** The hazards a case's input carries: what might explain a failure. */
export function hazardsOf(schema: GraphQLSchema, pools: FuzzPools, fuzzCase: FuzzCase): string[] {
  const hazards = new Set<string>();
  if (fuzzCase.operation === 'subscription' && fuzzCase.transport === 'http')
    hazards.add('subscription over HTTP');
  const operation = operationOf(fuzzCase);
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    fuzzCase.variables,
  );
  if (coerced.errors?.length) hazards.add('invalid variables');
  const onLeaf = (value: unknown, leafType: GraphQLInputType, leafName: string) => {
    const scalar = getNamedType(leafType).name;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) hazards.add('NUL character');
      if (CONTROL.test(value)) hazards.add('control character');
      if (value.length > 1_000) hazards.add('long string');
      if (/[\uD800-\uDFFF]/.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
        hazards.add('lone surrogate');
      if (scalar === 'DateTime' && !isSaneDateTime(value))
        hazards.add('invalid or out-of-range DateTime');
      if (scalar === 'ID' && !UUID.test(value)) hazards.add('malformed id');
      if (scalar === 'ID' && UUID.test(value) && value !== value.toLowerCase())
        hazards.add('id in capitals');
      if (scalar === 'String' && isOddDateText(value)) hazards.add('odd date text');
      if (leafName === 'after' || leafName === 'since') {
        const own = pools.cursors[leafName === 'since' ? 'liveCursor' : fuzzCase.field] ?? [];
        const known = Object.values(pools.cursors).flat();
        if (!own.includes(value))
          hazards.add(
            known.includes(value)
              ? 'cursor from another list'
              : isForgedCursor(value)
                ? 'forged cursor'
                : 'made-up cursor',
          );
      }
    }
    // The API's DateTime takes only text; anything else is as wrong as "yesterday".
    if (scalar === 'DateTime' && typeof value !== 'string')
      hazards.add('invalid or out-of-range DateTime');
    if (typeof value === 'number' && (Math.abs(value) >= 2_147_483_647 || Math.abs(value) >= 1e300))
      hazards.add('extreme number');
  };
  const argumentNames = argumentNamesByVariable(operation);
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type || !(name in fuzzCase.variables)) continue;
    walkLeaves(fuzzCase.variables[name], type, argumentNames.get(name) ?? name, onLeaf);
  }
  // Arguments written into the document as literals.
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument && node.value.kind !== Kind.VARIABLE)
          walkLeaves(valueFromASTUntyped(node.value), argument.type, node.name.value, onLeaf);
      },
    }),
  );
  return [...hazards].sort();
}

/** A cursor in the form the lists give out (base64url JSON of a sort value and an id) but not one they gave. */
function isForgedCursor(value: string): boolean {
  try {
    return Array.isArray(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    return false;
  }
}

function operationOf(fuzzCase: FuzzCase): OperationDefinitionNode {
  const document = parse(fuzzCase.query);
  const operation = document.definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  return operation;
}

/** For each variable, the name of the argument it is passed as. */
function argumentNamesByVariable(operation: OperationDefinitionNode): Map<string, string> {
  const names = new Map<string, string>();
  visit(operation, {
    Argument(node) {
      if (node.value.kind === Kind.VARIABLE) names.set(node.value.name.value, node.name.value);
    },
  });
  return names;
}

function walkLeaves(
  value: unknown,
  type: GraphQLInputType,
  name: string,
  visitLeaf: (value: unknown, type: GraphQLInputType, name: string) => void,
): void {
  const inner = getNullableType(type);
  if (value === null || value === undefined) return;
  if (isListType(inner)) {
    if (Array.isArray(value))
      value.forEach((item) => walkLeaves(item, inner.ofType, name, visitLeaf));
    else walkLeaves(value, inner.ofType, name, visitLeaf);
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = inner.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      if (fields[key]) walkLeaves(item, fields[key].type, key, visitLeaf);
    return;
  }
  visitLeaf(value, inner as GraphQLInputType, name);
}

/** Values that carry no hazard, for shrinking a failing case down to what it needs. */
function benign(
  type: GraphQLInputType,
  name: string,
  rootField: string,
  pools: FuzzPools,
): unknown {
  const named = getNamedType(type);
  switch (named.name) {
    case 'ID': {
      const kind = idKindOf({ rootField, name });
      return (kind && pools.ids[kind]?.[0]) ?? '8e2c3f7a-4b1d-4c6e-9f00-1a2b3c4d5e6f';
    }
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      return PLAIN_BY_NAME[name] ?? 'plain words';
  }
}

const PLAIN_BY_NAME: Record<string, string> = {
  areaCell: '8819429a9dfffff',
  startDate: '2026-01-06',
  issuedOn: '2025-01-01',
  expiresOn: '2030-01-01',
  dueMonth: '2027-03',
  childBirthMonths: '2026-05',
  startTime: '10:00',
  opens: '09:00',
  closes: '17:00',
  startsBy: '12:00',
  startsFrom: '09:00',
  email: 'fuzz@example.test',
  language: 'en',
  languages: 'en',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  json: '{}',
  website: 'https://example.test',
};

/** Simpler versions of a value: optional parts left out, lists shortened, leaves made plain. */
function* simpler(
  value: unknown,
  type: GraphQLInputType,
  name: string,
  rootField: string,
  pools: FuzzPools,
): Generator<unknown> {
  const inner = getNullableType(type);
  if (value === null || value === undefined) return;
  if (isListType(inner) && Array.isArray(value)) {
    if (value.length > 1) yield [value[0]];
    if (value.length > 0) yield [];
    if (value.length === 1)
      for (const item of simpler(value[0], inner.ofType, name, rootField, pools)) yield [item];
    return;
  }
  if (isInputObjectType(inner) && value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const fields = inner.getFields();
    for (const key of Object.keys(object)) {
      const field = fields[key];
      if (!field) continue;
      if (!isNonNullType(field.type) || field.defaultValue !== undefined) {
        const { [key]: _left, ...rest } = object;
        yield rest;
      }
      for (const item of simpler(object[key], field.type, key, rootField, pools))
        yield { ...object, [key]: item };
    }
    return;
  }
  // Enum values and booleans carry no hazard: nothing to make plainer.
  if (isEnumType(inner) || getNamedType(inner).name === 'Boolean') return;
  const plain = benign(inner as GraphQLInputType, name, rootField, pools);
  if (JSON.stringify(plain) !== JSON.stringify(value)) yield plain;
}

/** Smaller cases than `fuzzCase`, smallest change first: a bare selection, fewer arguments, plainer values. */
function* smallerCases(
  schema: GraphQLSchema,
  pools: FuzzPools,
  fuzzCase: FuzzCase,
): Generator<FuzzCase> {
  const operation = operationOf(fuzzCase);
  const root = operation.selectionSet.selections[0] as FieldNode;
  const rebuild = (field: FieldNode, variables: Record<string, unknown>): FuzzCase => {
    const used = new Set<string>();
    visit(field, { Variable: (node) => void used.add(node.name.value) });
    const document = print({
      ...operation,
      variableDefinitions: (operation.variableDefinitions ?? []).filter((definition) =>
        used.has(definition.variable.name.value),
      ),
      selectionSet: { ...operation.selectionSet, selections: [field] },
    });
    return {
      ...fuzzCase,
      query: document.replace(/\s+/g, ' '),
      variables: Object.fromEntries(Object.entries(variables).filter(([key]) => used.has(key))),
    };
  };

  if (root.selectionSet && print(root.selectionSet).replace(/\s+/g, ' ') !== '{ __typename }') {
    yield rebuild(
      {
        ...root,
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
        },
      },
      fuzzCase.variables,
    );
  }
  const rootType =
    fuzzCase.operation === 'query'
      ? schema.getQueryType()
      : fuzzCase.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const definition = rootType!.getFields()[fuzzCase.field]!;
  const argumentsOf = (root.arguments ?? []) as ArgumentNode[];
  for (const argument of argumentsOf) {
    const schemaArgument = definition.args.find(
      (candidate) => candidate.name === argument.name.value,
    );
    if (!schemaArgument) continue;
    if (!isNonNullType(schemaArgument.type) || schemaArgument.defaultValue !== undefined) {
      yield rebuild(
        { ...root, arguments: argumentsOf.filter((other) => other !== argument) },
        fuzzCase.variables,
      );
    }
    if (argument.value.kind !== Kind.VARIABLE) continue;
    const variable = argument.value.name.value;
    if (!(variable in fuzzCase.variables)) continue;
    for (const value of simpler(
      fuzzCase.variables[variable],
      schemaArgument.type,
      argument.name.value,
      fuzzCase.field,
      pools,
    ))
      yield { ...fuzzCase, variables: { ...fuzzCase.variables, [variable]: value } };
  }
}

/**
 * Shrinks a failing case while it still fails with the same worst symptom: the smallest case to
 * replay, and the hazards it cannot do without (its causes). `attempts` bounds the replays.
 */
export async function shrink(
  schema: GraphQLSchema,
  pools: FuzzPools,
  failure: Failure,
  replay: (fuzzCase: FuzzCase) => Promise<{ outcome: Outcome; symptoms: Symptom[] }>,
  attempts = 60,
): Promise<{ smallest: Failure; found: FailureClass }> {
  const symptom = mainSymptom(failure.symptoms);
  let smallest = failure;
  let left = attempts;
  let progress = true;
  while (progress && left > 0) {
    progress = false;
    for (const candidate of smallerCases(schema, pools, smallest.fuzzCase)) {
      if (left-- <= 0) break;
      const replayed = await replay(candidate);
      if (replayed.symptoms.includes(symptom)) {
        smallest = { fuzzCase: candidate, ...replayed };
        progress = true;
        break;
      }
    }
  }
  return {
    smallest,
    found: {
      symptom,
      causes: hazardsOf(schema, pools, smallest.fuzzCase),
      transport: smallest.fuzzCase.transport,
      operation: smallest.fuzzCase.operation,
    },
  };
}
