import {
  defaultFieldResolver,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLResolveInfo,
  GraphQLSchema,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import type { Logger } from 'pino';
import { forbidden, unauthenticated } from '../graphql/domain-error';
import type { GraphQLContext } from '../graphql/loaders';
import type { Policy } from './policy';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext>;

/**
 * Puts each field's declared policy in front of its resolver, in the schema itself, so a policy
 * cannot be declared without being enforced. Every query, mutation and subscription is checked
 * (none declared: refused) and its description names its policy; other fields are checked when
 * they declare a restrictive policy.
 */
export function enforcePolicies(schema: GraphQLSchema, logger: Logger): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const isRoot = ROOT_TYPES.has(type.name);
    for (const field of Object.values(type.getFields())) {
      const policy = field.extensions?.['policy'] as Policy | undefined;
      if (!isRoot && (!policy || policy.allowsEveryone)) continue;
      if (isRoot) field.description = describe(field.description, policy);
      const check = checker(`${type.name}.${field.name}`, policy, logger);
      guard(field, 'resolve', check);
      if (field.subscribe) guard(field, 'subscribe', check);
    }
  }
  return schema;
}

/** The operation's own description, then who may use it, as clients and schema.gql show it. */
function describe(description: string | null | undefined, policy: Policy | undefined): string {
  const rule = `Policy: ${policy?.name ?? 'none, so nobody'} (who may use it: docs/access.md).`;
  return description ? `${description}\n\n${rule}` : rule;
}

function guard(
  field: GraphQLField<unknown, GraphQLContext>,
  key: 'resolve' | 'subscribe',
  check: (source: unknown, args: Record<string, unknown>, context: GraphQLContext) => Promise<void>,
): void {
  const inner: Resolver = field[key] ?? defaultFieldResolver;
  // Subscription events are delivered through `resolve`; the viewer was checked at subscribe time.
  if (key === 'resolve' && field.subscribe) return;
  field[key] = async (
    source: unknown,
    args: Record<string, unknown>,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    await check(source, args, context);
    return inner(source, args, context, info);
  };
}

function checker(name: string, policy: Policy | undefined, logger: Logger) {
  return async (parent: unknown, args: Record<string, unknown>, context: GraphQLContext) => {
    if (!policy) {
      logger.error({ field: name }, 'an operation without a policy was refused');
      throw forbidden();
    }
    const { access, loaders } = context;
    const allowed = await policy.check({ access, loaders, args, parent, field: name });
    if (!allowed) throw access.viewer ? forbidden() : unauthenticated();
  };
}
