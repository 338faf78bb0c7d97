import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The API's `extensions.code` of the first GraphQL error (NOT_FOUND, BAD_USER_INPUT…), if it sent one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/**
 * What to tell a person: the API writes its GraphQL error messages for people, so show those;
 * anything else (network down, a proxy's HTML page) gets our own wording instead of raw details.
 */
export function humanErrorMessage(error: unknown, fallback: string): string {
  if (CombinedGraphQLErrors.is(error)) {
    const message = error.errors[0]?.message;
    if (message) return message;
  }
  return fallback;
}
