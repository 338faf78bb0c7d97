import express from 'express';
import type { IncomingMessage } from 'node:http';
import { clientAddress, TrustProxy } from './websocket-guard';

/** Express's own compiled TRUST_PROXY, as the guard takes it from the app. */
function trusting(setting: boolean | string): TrustProxy {
  const app = express();
  app.set('trust proxy', setting);
  return app.get('trust proxy fn') as TrustProxy;
}

const upgrade = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('believes no X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(clientAddress(upgrade('127.0.0.1', '203.0.113.9'), trusting(false))).toBe('127.0.0.1');
  });

  it('takes the address a trusted proxy saw, not what the client put before it', () => {
    const trust = trusting('loopback');
    expect(clientAddress(upgrade('127.0.0.1', '203.0.113.9'), trust)).toBe('203.0.113.9');
    expect(clientAddress(upgrade('127.0.0.1', '10.0.0.1, 203.0.113.9'), trust)).toBe('203.0.113.9');
    expect(clientAddress(upgrade('127.0.0.1'), trust)).toBe('127.0.0.1');
    // A client connecting directly is not a trusted proxy, whatever it sends.
    expect(clientAddress(upgrade('198.51.100.7', '203.0.113.9'), trust)).toBe('198.51.100.7');
  });

  it('walks back through every trusted hop', () => {
    expect(
      clientAddress(upgrade('10.0.0.2', '203.0.113.9, 10.0.0.1'), trusting('uniquelocal')),
    ).toBe('203.0.113.9');
  });
});
