import {
  DocumentNode,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  isListType,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { GRAPHQL_LIMITS, limitExceeded } from './limits';

/**
 * 1 per field; a field with a `first` argument multiplies what is under it by `first` (its schema
 * default, 20, when the request leaves it out); any other list multiplies by an assumed 20, except a
 * connection's `edges`, already counted by the connection's `first`. Introspection costs nothing here
 * (it reads the schema in memory and is refused in production).
 */
export function costEstimator({
  type,
  field,
  args,
  childComplexity,
}: ComplexityEstimatorArgs): number {
  if (field.name === '__schema' || field.name === '__type') return 0;
  const first: unknown = args['first'];
  const paged = field.args.some((argument) => argument.name === 'first');
  const edgesOfConnection = field.name === 'edges' && type.name.endsWith('Connection');
  const size =
    typeof first === 'number'
      ? first
      : paged || (isListType(getNullableType(field.type)) && !edgesOfConnection)
        ? GRAPHQL_LIMITS.assumedListSize
        : 1;
  return 1 + size * childComplexity;
}

/**
 * The estimated cost of running `document` with these variables, or null when the variables are
 * invalid (execution refuses those before any resolver runs). Infinity when the operation has more
 * selections than graphql-query-complexity will evaluate (10,000, e.g. fragments spread in fragments).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors?.length) return null;
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operation.name?.value,
      estimators: [costEstimator],
    });
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The refusal for an operation costing more than `maxCost`, or null when it is within the limit. */
export function costLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
  maxCost: number = GRAPHQL_LIMITS.maxCost,
): GraphQLError | null {
  const cost = operationCost(schema, document, variables, operationName);
  if (cost === null || cost <= maxCost) return null;
  return limitExceeded(
    Number.isFinite(cost)
      ? `This operation would cost ${cost} (1 per field, lists multiplied by their size); the most allowed is ${maxCost}. Ask for fewer items or fewer nested lists.`
      : `This operation has too many selections to run; the most allowed cost is ${maxCost}.`,
  );
}
