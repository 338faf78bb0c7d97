import { ASTNode, GraphQLError } from 'graphql';

/**
 * Every limit the API puts on one GraphQL request, in one place. docs/security.md gives the reason
 * for each value and the test that proves it.
 */
export const GRAPHQL_LIMITS = {
  /** Levels of nested fields in one operation (`{ a { b } }` is 2). */
  maxDepth: 10,
  /** Estimated cost: 1 per field, list fields multiplied by their page size (see query-cost.ts). */
  maxCost: 10_000,
  /** Aliased fields in one operation: aliases are how one request asks for the same field many times. */
  maxAliases: 30,
  /** What a list without a `first` argument is assumed to hold when estimating cost. */
  assumedListSize: 20,
  /** Lexical tokens in one document: bounds the work of parsing and validating what anyone sends. */
  maxTokens: 2_000,
  /** Bytes of JSON in one request body. */
  maxBodyBytes: 100 * 1024,
} as const;

/** The code of every refusal for exceeding a query limit: the standard one for an invalid operation. */
export const LIMIT_EXCEEDED_CODE = 'GRAPHQL_VALIDATION_FAILED';

/** The error a query limit reports: the standard validation code and a message for people. */
export function limitExceeded(message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, {
    nodes: node,
    extensions: { code: LIMIT_EXCEEDED_CODE },
  });
}
