/**
 * Where to go after signing in: the `next` address from the query string when it is a path on this
 * site, so a crafted link cannot send someone to another site with their fresh session.
 */
export function safeNextPath(next: string | null, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  return next;
}

/** The sign-in address that comes back here afterwards. */
export function signInPathFor(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}
