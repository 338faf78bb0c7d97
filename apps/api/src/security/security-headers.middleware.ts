import type { RequestHandler } from 'express';

export interface SecurityHeaderOptions {
  production: boolean;
  /** Where people reach the app: its WebSocket origin is allowed for graphql-ws. */
  publicUrl: string;
  /** The map tile service (MAP_TILE_URL), whose images the map draws; null for none. */
  mapTileUrl?: string | null;
}

/**
 * For the web app the API serves: its own scripts, styles and API only. `'self'` covers same-origin
 * WebSockets in current browsers; the explicit ws(s) origin is for those that predate CSP level 3.
 * `data:`/`blob:` images and `blob:` workers are what map libraries use. No inline script or style.
 */
export function contentSecurityPolicy(publicUrl: string, mapTileUrl: string | null = null): string {
  const url = new URL(publicUrl);
  // The tile service's origin only; a `{s}` subdomain (a., b., c.) becomes a wildcard.
  const tileOrigin = mapTileUrl ? /^https?:\/\/[^/]+/.exec(mapTileUrl)?.[0] : undefined;
  const tiles = tileOrigin ? ` ${tileOrigin.replace('{s}', '*')}` : '';
  const socketOrigin = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self'",
    `connect-src 'self' ${socketOrigin}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every response carries (X-Powered-By is switched off on the Express app itself). */
export function securityHeaders({
  production,
  publicUrl,
  mapTileUrl = null,
}: SecurityHeaderOptions): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(publicUrl, mapTileUrl)],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    // Links out of Village (a group's website) do not tell the other site which page, or whose, it was.
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), payment=(), usb=(), geolocation=(self)'],
    // Browsers ignore HSTS over plain HTTP; production is expected to be behind HTTPS.
    ...(production
      ? [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as [string, string]]
      : []),
  ];
}

export function securityHeadersMiddleware(options: SecurityHeaderOptions): RequestHandler {
  const headers = securityHeaders(options);
  return (_request, response, next) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    next();
  };
}
