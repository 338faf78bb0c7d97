import { contentSecurityPolicy, securityHeaders } from './security-headers.middleware';

describe('securityHeaders', () => {
  const headers = (production: boolean, publicUrl = 'https://village.example') =>
    Object.fromEntries(securityHeaders({ production, publicUrl }));

  it('forbids framing, sniffing, referrers and sharing a window with other sites', () => {
    expect(headers(false)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('asks for HTTPS only in production', () => {
    expect(headers(true)['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers(false)['Strict-Transport-Security']).toBeUndefined();
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (publicUrl: string) =>
    Object.fromEntries(
      contentSecurityPolicy(publicUrl)
        .split('; ')
        .map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]),
    );

  it('lets the map draw images from its tile service’s origin only', () => {
    const policy = (tiles: string | null) =>
      /img-src ([^;]*)/.exec(contentSecurityPolicy('http://127.0.0.1:3000', tiles))?.[1];
    expect(policy(null)).toBe("'self' data: blob:");
    expect(policy('https://tile.example.org/{z}/{x}/{y}.png')).toBe(
      "'self' data: blob: https://tile.example.org",
    );
    expect(policy('https://{s}.tiles.example.org/x/{z}/{x}/{y}.png')).toBe(
      "'self' data: blob: https://*.tiles.example.org",
    );
  });

  it('allows only the app’s own scripts and no framing', () => {
    expect(directives('http://127.0.0.1:3000')).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('lets the app talk to its own API and WebSocket, wss behind HTTPS', () => {
    expect(directives('http://127.0.0.1:3000')['connect-src']).toBe("'self' ws://127.0.0.1:3000");
    expect(directives('https://village.example')['connect-src']).toBe(
      "'self' wss://village.example",
    );
  });
});
