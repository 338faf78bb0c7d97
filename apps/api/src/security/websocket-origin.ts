/** Which pages may open the WebSocket: the checks behind `websocket-guard.ts`. */
export interface OriginPolicy {
  /** PUBLIC_URL: the web app's own origin. */
  publicUrl: string;
  /** WEBSOCKET_ORIGINS: further origins whose pages may connect. */
  extraOrigins: readonly string[];
  /** Outside production, pages on this machine (the web dev server) may connect too. */
  production: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a WebSocket handshake with this `Origin` header may go on. Browsers always send `Origin`
 * on a WebSocket handshake and a page cannot change it, so a page of another site is refused here,
 * before the socket exists (cross-site WebSocket hijacking would otherwise ride the session cookie).
 * A handshake without `Origin` comes from a program, not a page: it carries only the cookie its
 * author gave it, so it is let through and meets the same limits as everyone.
 */
export function originAllowed(origin: string | undefined, policy: OriginPolicy): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === new URL(policy.publicUrl).origin) return true;
  if (policy.extraOrigins.includes(parsed.origin)) return true;
  return !policy.production && parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}
