import { CombinedGraphQLErrors } from '@apollo/client/errors';

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
 * anything else (network down, a proxy's HTML page) gets our own wording instead of raw details.
 */
export function humanErrorMessage(error: unknown, fallback: string): string {
  if (CombinedGraphQLErrors.is(error)) {
    const message = error.errors[0]?.message;
    if (message) return message;
  }
  return fallback;
}
