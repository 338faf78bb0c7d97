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

/**
 * Why someone was sent to sign in, when the page they were on says so: the message key to show
 * them, or null. Only the path counts (`/help/new?kind=OFFER` is still posting).
 */
export function signInReason(next: string): 'signIn.reason.post' | null {
  const [path] = next.split(/[?#]/);
  return path === '/help/new' ? 'signIn.reason.post' : null;
}
