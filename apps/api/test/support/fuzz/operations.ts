import {
  astFromValue,
  getNamedType,
  GraphQLInputType,
  parseValue,
  print,
  GraphQLArgument,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  getNullableType,
} from 'graphql';
import { Prng } from './prng';
import { ValueGenerator } from './values';

export type OperationType = 'query' | 'mutation' | 'subscription';
export type Transport = 'http' | 'ws';

/** One generated request: what to send, how, and as whom. */
export interface FuzzCase {
  /** Its place in the run, for telling cases apart in the report. */
  index: number;
  role: string;
  transport: Transport;
  operation: OperationType;
  /** The root field, e.g. `createGroup`. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface GeneratorOptions {
  /** Signed-in roles and `anonymous`, each equally likely. */
  roles: readonly string[];
  /** Levels of object fields below the root field (the API allows 10 in all). */
  maxDepth?: number;
  /** Chance that one variable is given a value of the wrong type, null, or left out. */
  badVariableChance?: number;
  /** Chance that an argument is written into the document instead of passed as a variable. */
  literalChance?: number;
  /** Chance that a subscription is sent by HTTP POST instead of graphql-ws. */
  subscriptionOverHttpChance?: number;
}

/** Every root field of the schema, with its operation type. */
export function rootFields(schema: GraphQLSchema): { operation: OperationType; field: string }[] {
  const roots: [OperationType, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, type]) =>
    type ? Object.keys(type.getFields()).map((field) => ({ operation, field })) : [],
  );
}

const required = (argument: GraphQLArgument) =>
  isNonNullType(argument.type) && argument.defaultValue === undefined;

/**
 * Builds operations from the schema: each root field with its arguments as variables (required
 * ones always, optional ones by chance), and a selection set from its return type: scalar leaves
 * and a few object fields, to a bounded depth.
 */
export class OperationGenerator {
  private readonly fields: { operation: OperationType; field: string }[];
  private readonly maxDepth: number;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly values: ValueGenerator,
    private readonly options: GeneratorOptions,
  ) {
    this.fields = rootFields(schema);
    this.maxDepth = options.maxDepth ?? 3;
  }

  /** `count` cases, cycling through every root field so each gets its share. */
  generate(random: Prng, count: number): FuzzCase[] {
    const order = random.some(this.fields, this.fields.length);
    return Array.from({ length: count }, (_, index) => {
      const { operation, field } = order[index % order.length]!;
      return this.generateOne(random.fork(), index, operation, field);
    });
  }

  generateOne(random: Prng, index: number, operation: OperationType, field: string): FuzzCase {
    const root = this.rootType(operation);
    const definition = root.getFields()[field]!;
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    const argumentsText = this.arguments(
      definition,
      field,
      'root',
      random,
      variables,
      definitions,
      true,
    );
    const selection = this.selection(definition.type, random, 1, variables, definitions, field);
    const header = definitions.length ? ` (${definitions.join(', ')})` : '';
    const query = `${operation}${header} { ${field}${argumentsText}${selection} }`;
    if (random.chance(this.options.badVariableChance ?? 0.06))
      this.spoil(random, definition, variables);
    const transport: Transport =
      operation === 'subscription' &&
      !random.chance(this.options.subscriptionOverHttpChance ?? 0.15)
        ? 'ws'
        : 'http';
    return {
      index,
      role: random.pick(this.options.roles),
      transport,
      operation,
      field,
      query,
      variables,
    };
  }

  private rootType(operation: OperationType): GraphQLObjectType {
    const type =
      operation === 'query'
        ? this.schema.getQueryType()
        : operation === 'mutation'
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    if (!type) throw new Error(`the schema has no ${operation} type`);
    return type;
  }

  /** `(a: $root_a, …)` for the arguments chosen, declaring and filling their variables. */
  private arguments(
    field: GraphQLField<unknown, unknown>,
    rootField: string,
    prefix: string,
    random: Prng,
    variables: Record<string, unknown>,
    definitions: string[],
    atRoot: boolean,
  ): string {
    const chosen = field.args.filter(
      (argument) => required(argument) || random.chance(atRoot ? 0.6 : 0.3),
    );
    const parts = chosen.map((argument) => {
      const value = this.values.value(
        argument.type,
        { rootField: atRoot ? rootField : field.name, name: argument.name },
        random,
      );
      // Sometimes written into the document, so literals are parsed and coerced too.
      const literal = random.chance(this.options.literalChance ?? 0.15)
        ? literalOf(value, argument.type)
        : null;
      if (literal !== null) return `${argument.name}: ${literal}`;
      const name = `${prefix}_${argument.name}`;
      definitions.push(`$${name}: ${String(argument.type)}`);
      variables[name] = value;
      return `${argument.name}: $${name}`;
    });
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** A selection set for `type`: a few scalar leaves, and object fields while depth allows. */
  private selection(
    type: GraphQLField<unknown, unknown>['type'],
    random: Prng,
    depth: number,
    variables: Record<string, unknown>,
    definitions: string[],
    rootField: string,
  ): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (isLeafType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const members = isUnionType(named) ? named.getTypes() : [];
      const fragments = random
        .some(members, random.int(0, members.length))
        .map(
          (member) =>
            `... on ${member.name}${this.selection(member, random, depth, variables, definitions, rootField)}`,
        );
      return ` { __typename ${fragments.join(' ')} }`;
    }
    if (!isObjectType(named)) return '';
    const fields = Object.values(named.getFields());
    const leaves = fields.filter(
      (field) => isLeafType(getNamedType(field.type)) && !field.args.some(required),
    );
    const objects = fields.filter(
      (field) => !isLeafType(getNamedType(field.type)) && !field.args.some(required),
    );
    const parts = random
      .some(leaves, random.int(1, 4))
      .map((field) => this.field(field, random, depth, variables, definitions, rootField));
    if (depth < this.maxDepth) {
      // A connection is only worth asking for with its edges; lists multiply the cost, so few.
      const wanted = random.some(objects, random.int(0, isListHeavy(named) ? 1 : 2));
      for (const field of wanted)
        parts.push(this.field(field, random, depth + 1, variables, definitions, rootField));
    }
    if (parts.length === 0) parts.push('__typename');
    return ` { ${parts.join(' ')} }`;
  }

  private field(
    field: GraphQLField<unknown, unknown>,
    random: Prng,
    depth: number,
    variables: Record<string, unknown>,
    definitions: string[],
    rootField: string,
  ): string {
    const prefix = `d${depth}_${field.name}_${definitions.length}`;
    const args = this.arguments(field, rootField, prefix, random, variables, definitions, false);
    return `${field.name}${args}${this.selection(field.type, random, depth, variables, definitions, rootField)}`;
  }

  /**
   * Makes one root variable wrong as a client might: a value of another type, an unknown enum
   * value, null for a required argument, or left out altogether.
   */
  private spoil(
    random: Prng,
    field: GraphQLField<unknown, unknown>,
    variables: Record<string, unknown>,
  ): void {
    const argument = field.args.find(
      (candidate) => `root_${candidate.name}` in variables && random.chance(0.7),
    );
    if (!argument) return;
    const name = `root_${argument.name}`;
    const inner = getNullableType(argument.type);
    const wrong: unknown[] = [
      isEnumType(inner) ? 'NOT_A_VALUE' : 'not-this-type',
      42.5,
      true,
      { unexpected: 1 },
      [null],
      2_147_483_648,
    ];
    if (isNonNullType(argument.type)) wrong.push(null, undefined);
    if (isInputObjectType(inner)) wrong.push({});
    if (isListType(inner)) wrong.push('not-a-list');
    const value = random.pick(wrong);
    if (value === undefined) delete variables[name];
    else variables[name] = value;
  }
}

/** `value` as a GraphQL literal, or null when it cannot be one (an unpaired surrogate, say). */
function literalOf(value: unknown, type: GraphQLInputType): string | null {
  const node = astFromValue(value, type);
  if (!node) return null;
  const text = print(node);
  try {
    parseValue(text);
    return text;
  } catch {
    return null;
  }
}

/** Connections and lists of lists: one nested object field is plenty under these. */
function isListHeavy(type: GraphQLObjectType): boolean {
  return Object.values(type.getFields()).some((field) => isListType(getNullableType(field.type)));
}
