import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { ExecutionResult } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { WebSocket } from 'ws';
import { enforcePolicies } from '../access/enforce-policies';
import { RequestAccess } from '../access/request-access';
import type { Viewer } from '../access/viewer';
import type { AuditLog } from '../audit/audit-log';
import type { AppConfig } from '../config/app-config';
import { findViewer } from '../access/find-viewer';
import { sessionTokenFrom } from '../access/session-cookie';
import type { TypedPubSub } from '../realtime/pub-sub';
import { liveCursorFirst } from '../realtime/live-cursor';
import { subscribeSharing } from '../realtime/shared-delivery';
import { topics } from '../realtime/topics';
import { GraphQLHardening } from '../security/graphql-hardening';
import { trustedDocumentsFor } from '../security/http-security';
import { GRAPHQL_LIMITS } from '../security/limits';
import { limitSubscriptionsPerSocket } from '../security/subscription-limit';
import { createErrorFormatter } from './format-error';
import { guardInputs, subscriptionsOverWebSocketOnly } from './input-guards';
import { GraphQLContext, Loaders } from './loaders';
import {
  databaseOutageStatus,
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE_MESSAGE,
  whenDatabaseAnswers,
} from './service-unavailable';
import './enums';

/** What graphql-ws keeps for one socket: who authenticated at connect time, and how to stop watching. */
interface SocketExtra {
  socket: WebSocket;
  request: { headers: Record<string, string | string[] | undefined> };
  viewer?: Viewer | null;
  stopWatching?: () => void;
}

/** A socket is closed with this code when its session ends (sign-out, revocation, erasure). */
export const SESSION_ENDED_CLOSE_CODE = 4401;
/** …or when it connects with a cookie whose session has expired or ended. */
export const STALE_SESSION_REASON = 'Your session has expired or ended. Please sign in again.';

/**
 * Closes the socket as soon as its session ends anywhere (any API process, through PUB_SUB), so a
 * revoked session cannot keep receiving events.
 */
function closeWhenSessionEnds(extra: SocketExtra, pubSub: TypedPubSub, sessionId: string): void {
  const events = pubSub.iterate(topics.sessionEnded(sessionId));
  extra.stopWatching = () => void events.return?.();
  void (async () => {
    for await (const _ended of events) {
      extra.socket.close(SESSION_ENDED_CLOSE_CODE, 'Your session has ended. Please sign in again.');
      break;
    }
  })();
}

/** Apollo on Express, code-first, graphql-ws for subscriptions on the same path. */
export function graphqlOptions(
  config: AppConfig,
  dataSource: DataSource,
  logger: Logger,
  pubSub: TypedPubSub,
  audit: AuditLog,
): Omit<ApolloDriverConfig, 'driver'> {
  const contextFor = (viewer: Viewer | null, http?: { req: Request; res: Response }) => ({
    loaders: new Loaders(dataSource),
    access: new RequestAccess(viewer, dataSource, audit),
    ...http,
  });
  // Depth, cost, alias and credential-mutation limits, trusted documents on the socket, no schema
  // hints in production (docs/security.md).
  const hardening = new GraphQLHardening({
    production: config.nodeEnv === 'production',
    trustedDocuments: trustedDocumentsFor(config),
  });

  const formatError = createErrorFormatter(logger);

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // One operation per HTTP request: an array of sign-ins or resets is refused.
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: hardening.validationRules,
    plugins: [
      hardening.plugin(),
      liveCursorFirst(dataSource),
      // Subscriptions by POST refused, database outages answered 503 (input-guards.ts, service-unavailable.ts).
      subscriptionsOverWebSocketOnly(),
      databaseOutageStatus(),
    ],
    formatError,
    // Every operation, and every private field, is checked against the policy it declares.
    // Inputs are screened first (NUL characters, strict DateTime), then policies wrap everything.
    transformSchema: (schema) => enforcePolicies(guardInputs(schema), logger),
    context: async (
      input: { req: Request; res: Response } | WsContext<Record<string, unknown>, SocketExtra>,
    ): Promise<GraphQLContext> => {
      if ('extra' in input) return contextFor(input.extra.viewer ?? null);
      const token = sessionTokenFrom(input.req.headers.cookie);
      // The session lookup is the first read of a signed-in request: where an outage shows first.
      return contextFor(
        token ? await whenDatabaseAnswers(findViewer)(dataSource, token) : null,
        input,
      );
    },
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // A socket that never completes the handshake is closed after three seconds.
        connectionInitWaitTimeout: 3_000,
        onConnect: async (wsContext: WsContext) => {
          const ctx = wsContext as WsContext<Record<string, unknown>, SocketExtra>;
          const header = ctx.extra.request.headers['cookie'];
          const token = sessionTokenFrom(Array.isArray(header) ? header.join('; ') : header);
          if (!token) {
            ctx.extra.viewer = null;
            return true;
          }
          let viewer;
          try {
            viewer = await findViewer(dataSource, token);
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            // 1013 is "try again later"; the reason is the same sentence HTTP clients get.
            ctx.extra.socket.close(1013, SERVICE_UNAVAILABLE_MESSAGE);
            return false;
          }
          // A stale cookie is refused outright rather than silently treated as anonymous, and told why
          // (graphql-ws's own refusal would close with 4403 "Forbidden").
          if (!viewer) {
            ctx.extra.socket.close(SESSION_ENDED_CLOSE_CODE, STALE_SESSION_REASON);
            return false;
          }
          ctx.extra.viewer = viewer;
          closeWhenSessionEnds(ctx.extra, pubSub, viewer.sessionId);
          return true;
        },
        onClose: (ctx: WsContext) => {
          (ctx.extra as SocketExtra).stopWatching?.();
        },
        // Errors on the socket get the same code and human message as over HTTP.
        onNext: (
          _ctx: WsContext,
          _id: string,
          _payload: unknown,
          _args: unknown,
          result: ExecutionResult,
        ) =>
          result.errors
            ? {
                ...result,
                errors: result.errors.map((error) => formatError(error.toJSON(), error)),
              }
            : result,
        // Subscriptions only, trusted documents in production, the same limits as over HTTP, and a
        // cap on subscriptions running on one socket.
        onSubscribe: limitSubscriptionsPerSocket(
          config.websocketSubscriptionsPerSocket,
          hardening.onSubscribe,
        ),
        // One execution of a live event for all subscribers whose answer cannot differ. Nest's type
        // leaves graphql-ws's `subscribe` option out, but passes every option on to graphql-ws.
        ...{ subscribe: subscribeSharing },
      },
    },
  };
}
