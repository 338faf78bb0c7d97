import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** Seconds to wait before trying again while the API cannot reach its data, when it did not say. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** True when a lookup by id found nothing; a malformed id in the address is the same thing to a person. */
export function isNotFound(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  const extensions = error.errors[0]?.extensions;
  return (
    extensions?.['code'] === 'NOT_FOUND' ||
    (extensions?.['code'] === 'BAD_USER_INPUT' && extensions['field'] === 'id')
  );
}

/**
 * What to tell a person: the API writes its GraphQL error messages for people, so show those;
 * an outage of its database gets our own words in the reader's language, and anything else
 * (network down, a proxy's HTML page) our own wording instead of raw details.
 */
export function humanErrorMessage(error: unknown, t: TFunction): string {
  if (isServiceUnavailable(error)) return t('states.unavailable');
  if (CombinedGraphQLErrors.is(error)) {
    const message = error.errors[0]?.message;
    if (message) return message;
  }
  return t('states.networkError');
}

/** The API is up but cannot reach its data (503 SERVICE_UNAVAILABLE): worth trying again soon. */
export function isServiceUnavailable(error: unknown): boolean {
  return (
    errorCode(error) === 'SERVICE_UNAVAILABLE' ||
    (ServerError.is(error) && error.statusCode === 503)
  );
}

/** How long to wait before trying again after `isServiceUnavailable`, in milliseconds. */
export function retryAfterMs(error: unknown): number {
  const fromBody = Number(errorDetail(error, 'retryAfterSeconds'));
  const fromHeader = ServerError.is(error)
    ? Number(error.response.headers.get('retry-after'))
    : Number.NaN;
  const seconds = [fromBody, fromHeader].find((value) => Number.isFinite(value) && value > 0);
  return (seconds ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000;
}

/** The first GraphQL error's `extensions`, or nothing when the failure was not a GraphQL error. */
function firstExtensions(error: unknown): Record<string, unknown> | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
}

/** The API's code for what went wrong (`UNAUTHENTICATED`, `RATE_LIMITED`…), when it sent one. */
export function errorCode(error: unknown): string | undefined {
  const code = firstExtensions(error)?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** The input field the API blamed (`email`, `password`…), when it named one. */
export function errorField(error: unknown): string | undefined {
  const field = firstExtensions(error)?.['field'];
  return typeof field === 'string' ? field : undefined;
}

/** One more fact the API sent with an error, e.g. `retryAfterSeconds` or `lockedUntil`. */
export function errorDetail(error: unknown, name: string): string | number | undefined {
  const value = firstExtensions(error)?.[name];
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}
