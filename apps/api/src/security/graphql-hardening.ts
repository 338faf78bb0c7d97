import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  DocumentNode,
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { aliasLimitRule } from './alias-limit.rule';
import { CREDENTIAL_MUTATIONS, oncePerOperationRule } from './credential-mutations.rule';
import { depthLimitRule } from './depth-limit.rule';
import { GRAPHQL_LIMITS } from './limits';
import { costLimitError } from './query-cost';
import { NOT_TRUSTED_CODE, NOT_TRUSTED_MESSAGE, TrustedDocuments } from './trusted-documents';

/**
 * Apollo's plugin type as @nestjs/apollo sees it (the ESM build of @apollo/server; importing it here
 * directly would give the CommonJS build's types, which TypeScript treats as different).
 */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** The end of graphql-js's "Did you mean …?" hints, which name fields and types of the schema. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** The limits as validation rules: the same list for HTTP (Apollo) and WebSocket (graphql-ws). */
export function limitRules(): ValidationRule[] {
  return [
    depthLimitRule(GRAPHQL_LIMITS.maxDepth),
    aliasLimitRule(GRAPHQL_LIMITS.maxAliases),
    oncePerOperationRule(CREDENTIAL_MUTATIONS),
  ];
}

export interface GraphQLHardeningOptions {
  /** Hides schema details (field suggestions, introspection) from clients. */
  production: boolean;
  /** Only these operations may run over WebSocket; null lets any through. */
  trustedDocuments: TrustedDocuments | null;
}

/**
 * The GraphQL-side limits, for both transports. Over HTTP, Apollo runs `validationRules` and the
 * `plugin` (cost, which needs the request's variables; suggestions hidden in production), while the
 * trusted-documents check happens before Apollo (trusted-documents.middleware.ts). Over WebSocket,
 * `onSubscribe` applies all of them itself and carries subscriptions only, so the socket is no way
 * around the HTTP limits (rate limits, CSRF, batching) for queries and mutations.
 */
/** How many distinct subscription documents `onSubscribe` keeps parsed and validated. */
const VALID_DOCUMENTS_KEPT = 500;

export class GraphQLHardening {
  readonly validationRules = limitRules();
  /** Set by Apollo when it starts; graphql-ws validates against the same schema. */
  private schema: GraphQLSchema | null = null;

  /**
   * Subscription documents that parsed and passed validation, by their text: thousands of sockets
   * subscribing with the same document share one syntax tree (graphql-js never changes it) instead
   * of holding a copy each, and skip parsing and validating it again. The cost limit, which depends
   * on the variables, is still checked every time.
   */
  private readonly validDocuments = new Map<string, DocumentNode>();

  constructor(private readonly options: GraphQLHardeningOptions) {}

  private remember(query: string, document: DocumentNode): void {
    if (this.validDocuments.size >= VALID_DOCUMENTS_KEPT)
      this.validDocuments.delete(this.validDocuments.keys().next().value!);
    this.validDocuments.set(query, document);
  }

  plugin(): ApolloPlugin {
    const production = this.options.production;
    return {
      serverWillStart: async ({ schema }) => {
        this.schema = schema;
      },
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, request, operationName }) => {
          const tooCostly = costLimitError(schema, document, request.variables, operationName);
          // Thrown here, Apollo answers with this error alone; the status makes it a client error.
          if (tooCostly) {
            throw new GraphQLError(tooCostly.message, {
              extensions: { ...tooCostly.extensions, http: { status: 400 } },
            });
          }
        },
        ...(production
          ? {
              // Apollo's hideSchemaDetailsFromClientErrors covers validation; this also covers
              // variable errors ("Value "X" does not exist in "GroupKind" enum. Did you mean …?").
              didEncounterErrors: async ({ errors }) => {
                for (const error of errors) error.message = withoutSuggestions(error.message);
              },
            }
          : {}),
      }),
    };
  }

  /** graphql-ws `onSubscribe`: execution arguments for an acceptable subscription, or why not. */
  onSubscribe = (
    _context: unknown,
    _id: string,
    payload: SubscribePayload,
  ): ExecutionArgs | readonly GraphQLError[] => {
    const schema = this.schema;
    if (!schema)
      return [
        clientError('The server is still starting. Please try again.', 'SERVICE_UNAVAILABLE'),
      ];
    let query = payload.query;
    if (this.options.trustedDocuments) {
      const verdict = this.options.trustedDocuments.check(payload);
      if (verdict.kind === 'resolved') query = verdict.query;
      else if (verdict.kind !== 'trusted')
        return [clientError(NOT_TRUSTED_MESSAGE, NOT_TRUSTED_CODE)];
    }
    const known = this.validDocuments.get(query);
    let document: DocumentNode;
    try {
      document = known ?? parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
    } catch (error) {
      return [clientError((error as GraphQLError).message, 'GRAPHQL_PARSE_FAILED', error)];
    }
    const operation = getOperationAST(document, payload.operationName);
    if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [
        clientError(
          'Only subscriptions are sent over the WebSocket; send queries and mutations over HTTP.',
          'BAD_REQUEST',
        ),
      ];
    }
    const rules = [
      ...specifiedRules,
      ...(this.options.production ? [NoSchemaIntrospectionCustomRule] : []),
      ...this.validationRules,
    ];
    const invalid = known ? [] : validate(schema, document, rules);
    if (invalid.length) {
      return invalid.map((error) =>
        clientError(
          this.options.production ? withoutSuggestions(error.message) : error.message,
          'GRAPHQL_VALIDATION_FAILED',
          error,
        ),
      );
    }
    if (!known) this.remember(query, document);
    const tooCostly = costLimitError(schema, document, payload.variables, payload.operationName);
    if (tooCostly) return [tooCostly];
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  };
}

/** An error for a graphql-ws client (Apollo's formatError does not see these), keeping its locations. */
function clientError(message: string, code: string, from?: unknown): GraphQLError {
  const source = from instanceof GraphQLError ? from : undefined;
  return new GraphQLError(message, {
    nodes: source?.nodes,
    source: source?.source,
    positions: source?.positions,
    extensions: { code },
  });
}
