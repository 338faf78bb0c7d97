import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLArgument,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isEnumType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  Kind,
  OperationTypeNode,
  type ValueNode,
} from 'graphql';
import { badInput, ErrorCode } from './domain-error';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * What every operation's input passes before any resolver, pipe or SQL sees it, over HTTP and
 * graphql-ws alike: text without NUL characters (PostgreSQL cannot store them) and strict DateTimes.
 * Applied to the schema in place, like `enforcePolicies`.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  strictDateTime(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields()))
      if (field.args.some(mayHoldText)) refuseNul(field);
  }
  return schema;
}

/** Whether an argument can carry a string: any scalar but Int, Float and Boolean, or an input object. */
function mayHoldText(arg: GraphQLArgument): boolean {
  const named = getNamedType(arg.type);
  return !isEnumType(named) && !['Int', 'Float', 'Boolean'].includes(named.name);
}

/** The path of the first string holding a NUL character in `value`, if any. */
export function nulAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\0') ? path : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = nulAt(item, path);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulAt(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Checks the field's coerced arguments (literals and variables alike) before it resolves or subscribes. */
function refuseNul(field: GraphQLField<unknown, unknown>): void {
  // A subscription's events resolve with the arguments already checked when it subscribed.
  const key = field.subscribe ? 'subscribe' : 'resolve';
  const inner = field[key] ?? defaultFieldResolver;
  field[key] = (source, args: Record<string, unknown>, context, info) => {
    for (const [name, value] of Object.entries(args)) {
      const path = nulAt(value, name);
      if (!path) continue;
      // Named as the validation pipe names fields: inside an input object, its own path ("title",
      // not "input.title"), so forms can put the message beside the field.
      const field = path === name ? name : path.slice(name.length + 1);
      throw badInput(
        `${path.split('.').at(-1)} cannot contain the NUL character (U+0000). Remove it and try again.`,
        field,
      );
    }
    return inner(source, args, context, info);
  };
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;
/** The instants both ISO 8601's four-digit years and PostgreSQL's timestamptz can hold. */
const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');
const DATE_TIME_MESSAGE =
  'Give a date and time such as 2026-12-07T09:30:00Z (with Z or an offset such as +01:00), between the years 0001 and 9999.';

/**
 * Parses an RFC 3339 date-time. Refuses what `new Date()` would have let through to PostgreSQL as
 * an error: words ("yesterday"), impossible days, no time or no offset, and instants outside 0001–9999.
 */
export function parseDateTime(value: unknown): Date {
  const parts = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!parts) throw badInput(DATE_TIME_MESSAGE);
  const [, year, month, day, hour, minute, second, fraction = '', z, sign, offsetH, offsetM] =
    parts.map((part) => part ?? '');
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  const valid =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    (z !== '' || (Number(offsetH) < 24 && Number(offsetM) < 60));
  if (!valid) throw badInput(DATE_TIME_MESSAGE);
  const offsetMinutes = z ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetH) * 60 + Number(offsetM));
  const instant = date.getTime() - offsetMinutes * 60_000;
  if (instant < EARLIEST || instant > LATEST) throw badInput(DATE_TIME_MESSAGE);
  return new Date(instant);
}

/** Nest's DateTime scalar takes anything `new Date()` takes, Invalid Date included; ours does not. */
function strictDateTime(schema: GraphQLSchema): void {
  const scalar = schema.getType('DateTime');
  if (!isScalarType(scalar)) return;
  scalar.parseValue = parseDateTime;
  scalar.parseLiteral = (node: ValueNode) =>
    parseDateTime(node.kind === Kind.STRING ? node.value : undefined);
}

/** A subscription POSTed over HTTP is refused with where to send it, rather than left to fail inside Apollo. */
export function subscriptionsOverWebSocketOnly(): ApolloPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation }) => {
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
        throw new GraphQLError(
          'Subscriptions are sent over the WebSocket at /graphql (graphql-ws), not by HTTP POST.',
          { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } },
        );
      },
    }),
  };
}
