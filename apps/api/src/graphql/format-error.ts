import { BadRequestException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './domain-error';
import {
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  SERVICE_UNAVAILABLE_MESSAGE,
} from './service-unavailable';

const GRAPHQL_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const NUL_MESSAGE = 'Text cannot contain the NUL character (U+0000). Remove it and try again.';

/** PostgreSQL error codes that mean the request, not the server, was wrong. */
const PG_CLIENT_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: ErrorCode.CONFLICT, message: 'That already exists.' },
  '23503': {
    code: ErrorCode.BAD_USER_INPUT,
    message: 'That refers to something that does not exist.',
  },
  '22P02': { code: ErrorCode.BAD_USER_INPUT, message: 'One of the identifiers is not valid.' },
  // NUL in text (22021) or in JSON (22P05): refused at the schema (input-guards.ts); this is the backstop.
  '22021': { code: ErrorCode.BAD_USER_INPUT, message: NUL_MESSAGE },
  '22P05': { code: ErrorCode.BAD_USER_INPUT, message: NUL_MESSAGE },
};

function validationMessages(error: BadRequestException): string {
  const response = error.getResponse();
  const message =
    typeof response === 'object' && response !== null && 'message' in response
      ? response.message
      : error.message;
  return Array.isArray(message) ? message.join('; ') : String(message);
}

/**
 * The single place where errors become what clients see: a code and a human message, never a stack trace.
 * Unexpected errors are logged in full and reported as INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (
      isDatabaseUnavailable(error) ||
      formatted.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE
    ) {
      return {
        ...base,
        message: SERVICE_UNAVAILABLE_MESSAGE,
        extensions: {
          code: ErrorCode.SERVICE_UNAVAILABLE,
          retryAfterSeconds: RETRY_AFTER_SECONDS,
        },
      };
    }
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.field ? { field: original.field } : {}),
          ...original.details,
        },
      };
    }
    if (original instanceof BadRequestException) {
      return {
        ...base,
        message: validationMessages(original),
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (original instanceof QueryFailedError) {
      const pgCode = (original.driverError as { code?: string } | undefined)?.code;
      const known = pgCode ? PG_CLIENT_ERRORS[pgCode] : undefined;
      if (known) return { ...base, message: known.message, extensions: { code: known.code } };
    }
    // Variables that do not fit their types: Apollo marks these BAD_USER_INPUT over HTTP, graphql-ws
    // does not mark them at all.
    if (error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION)
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && GRAPHQL_CLIENT_CODES.has(code)) {
      return {
        ...base,
        extensions: { code: code === 'BAD_REQUEST' ? ErrorCode.BAD_USER_INPUT : code },
      };
    }
    logger.error(
      { err: original, path: formatted.path },
      'unexpected error in a GraphQL operation',
    );
    return {
      ...base,
      message: 'Something went wrong on our side. Please try again.',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
