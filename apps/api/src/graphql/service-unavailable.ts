import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './domain-error';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** How long a client should wait before trying again while the database is out of reach. */
export const RETRY_AFTER_SECONDS = 5;
export const SERVICE_UNAVAILABLE_MESSAGE =
  "Village can't reach its data right now. Please try again in a few seconds.";

/** Socket errors that mean PostgreSQL is not there (refused, reset, unreachable, timed out). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** SQLSTATEs of a server going away or not taking connections; class 08 is any connection failure. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres says these in words only, without a code. */
const LOST_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;

/**
 * Whether an error (or what it wraps: GraphQL's originalError, or thrownValue for a value that is
 * not an Error of this realm, TypeORM's driverError, a cause) means the database cannot be
 * reached, rather than that this request was wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, name } = current as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
    };
    // TypeORM releases a transaction's query runner when its connection errors; the transaction's
    // next statement then finds it released.
    if (
      name === 'QueryRunnerAlreadyReleasedError' ||
      name === 'QueryRunnerProviderAlreadyReleasedError'
    )
      return true;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)))
      return true;
    if (typeof code === 'string' && /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
    const next = current as {
      originalError?: unknown;
      thrownValue?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    current = next.originalError ?? next.thrownValue ?? next.driverError ?? next.cause;
  }
  return false;
}

const retryAfter = () => new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]);

/** The error a client gets while the database is out of reach: 503, SERVICE_UNAVAILABLE, Retry-After. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: retryAfter() },
    },
  });
}

/**
 * Wraps a read made while Apollo builds the context (the session lookup), before any plugin runs:
 * an outage there becomes the 503 error rather than Apollo's "Context creation failed" 500.
 */
export function whenDatabaseAnswers<A extends unknown[], R>(read: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await read(...args);
    } catch (error) {
      throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
    }
  };
}

/**
 * A request whose reads or writes failed because the database went away answers 503 with
 * Retry-After and that one error, as a request that could not run: partial data is dropped, which
 * also keeps Nest's plugin (it resets to 200 any answer carrying data) from hiding the status.
 */
export function databaseOutageStatus(): ApolloPlugin {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        if (response.body.kind !== 'single') return;
        const outage = response.body.singleResult.errors?.find(
          (error) => error.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE,
        );
        if (!outage) return;
        response.body.singleResult = { errors: [outage] };
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    }),
  };
}
