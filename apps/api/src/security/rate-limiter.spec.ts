import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { MemoryRateLimitStore, RateLimitStore } from './rate-limit-store';
import { rateLimitMiddleware } from './rate-limit.middleware';
import { ipKey, RateLimiter } from './rate-limiter';

/** A clock the spec moves by hand. */
function clock(start: number) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const MINUTE = 60_000;
interface Client {
  ip: string;
  session: string | null;
}
const anonymous = (ip = '203.0.113.7'): Client => ({ ip, session: null });

async function burst(limiter: RateLimiter, count: number, client: Client = anonymous()) {
  const verdicts = [];
  for (let i = 0; i < count; i++) verdicts.push(await limiter.check(client));
  return verdicts;
}

describe('RateLimiter', () => {
  it('allows the limit in a minute and refuses the next request, saying when to retry', async () => {
    const time = clock(10 * MINUTE + 15_000);
    const limiter = new RateLimiter(new MemoryRateLimitStore(), { perIp: 5, perUser: 0 }, time.now);
    const verdicts = await burst(limiter, 6);
    expect(verdicts.slice(0, 5)).toEqual(Array(5).fill({ allowed: true }));
    // The 6th is refused, and counted. The 6 of this window fade out during the next one: 20 s into
    // it, 6 × (1 − 20/60) = 4, so one more request makes 5. This window has 45 s left.
    expect(verdicts[5]).toEqual({ allowed: false, retryAfterSeconds: 45 + 20 });
  });

  it('allows again once the Retry-After has passed', async () => {
    const time = clock(10 * MINUTE + 15_000);
    const limiter = new RateLimiter(new MemoryRateLimitStore(), { perIp: 5, perUser: 0 }, time.now);
    const refused = (await burst(limiter, 6))[5];
    if (refused?.allowed !== false) throw new Error('expected a refusal');
    time.advance(refused.retryAfterSeconds * 1000);
    expect(await limiter.check(anonymous())).toEqual({ allowed: true });
  });

  it('counts a burst across the turn of a minute as one burst', async () => {
    const time = clock(10 * MINUTE - 100);
    const limiter = new RateLimiter(new MemoryRateLimitStore(), { perIp: 5, perUser: 0 }, time.now);
    await burst(limiter, 3);
    time.advance(200);
    const verdicts = await burst(limiter, 3);
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, false]);
  });

  it('keeps addresses apart, and one IPv6 /64 together', async () => {
    const limiter = new RateLimiter(new MemoryRateLimitStore(), { perIp: 2, perUser: 0 });
    await burst(limiter, 2, anonymous('198.51.100.1'));
    expect(await limiter.check(anonymous('198.51.100.2'))).toEqual({ allowed: true });
    expect(await limiter.check(anonymous('198.51.100.1'))).toMatchObject({ allowed: false });
    await burst(limiter, 2, anonymous('2001:db8:1:2::1'));
    expect(await limiter.check(anonymous('2001:db8:1:2:ffff::9'))).toMatchObject({
      allowed: false,
    });
    expect(await limiter.check(anonymous('2001:db8:1:3::1'))).toEqual({ allowed: true });
  });

  it('counts a session on its own limit as well as its address’s', async () => {
    const limiter = new RateLimiter(new MemoryRateLimitStore(), { perIp: 100, perUser: 2 });
    const alice = { ip: '203.0.113.7', session: 'alice-hash' };
    expect((await burst(limiter, 3, alice)).map((verdict) => verdict.allowed)).toEqual([
      true,
      true,
      false,
    ]);
    // Someone else behind the same address is not held back by Alice's session limit.
    expect(await limiter.check({ ip: '203.0.113.7', session: 'bob-hash' })).toEqual({
      allowed: true,
    });
    expect(await limiter.check(anonymous('203.0.113.7'))).toEqual({ allowed: true });
  });

  it('does not count what is switched off', async () => {
    const limiter = new RateLimiter(new MemoryRateLimitStore(), { perIp: 0, perUser: 0 });
    expect((await burst(limiter, 50)).every((verdict) => verdict.allowed)).toBe(true);
  });
});

describe('ipKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:0:0:1:2:3:4', '2001:db8:0:0::/64'],
    ['2001:0DB8:00aa::1', '2001:db8:aa:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s counts as %s', (ip, key) => {
    expect(ipKey(ip)).toBe(key);
  });
});

describe('rateLimitMiddleware', () => {
  const warnings: unknown[] = [];
  const logger = { warn: (...args: unknown[]) => void warnings.push(args) } as unknown as Logger;

  async function serve(store: RateLimitStore, limits = { perIp: 2, perUser: 1 }) {
    const app = express();
    app.use('/graphql', rateLimitMiddleware(new RateLimiter(store, limits), logger));
    app.use('/graphql', (_request, response) => void response.json({ data: { ok: true } }));
    const server = app.listen(0);
    await new Promise((done) => server.once('listening', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    return { url, close: () => server.close() };
  }

  it('answers over the limit with 429, Retry-After and a RATE_LIMITED GraphQL error', async () => {
    const { url, close } = await serve(new MemoryRateLimitStore());
    try {
      await fetch(url);
      await fetch(url);
      const response = await fetch(url);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(response.status).toBe(429);
      expect(retryAfter).toBeGreaterThan(0);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: `Too many requests. Please wait ${retryAfter} seconds and try again.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
          },
        ],
      });
    } finally {
      close();
    }
  });

  it('keys a signed-in request by its session cookie', async () => {
    const { url, close } = await serve(new MemoryRateLimitStore(), { perIp: 100, perUser: 1 });
    try {
      const as = (cookie: string) => fetch(url, { headers: { cookie } });
      expect((await as('village_session=one')).status).toBe(200);
      expect((await as('village_session=one')).status).toBe(429);
      expect((await as('village_session=two')).status).toBe(200);
    } finally {
      close();
    }
  });

  it('lets requests through, and says so once, when the counts cannot be reached', async () => {
    const broken: RateLimitStore = {
      hit: () => Promise.reject(new Error('Connection is closed.')),
      close: async () => undefined,
    };
    const { url, close } = await serve(broken);
    try {
      warnings.length = 0;
      for (let i = 0; i < 4; i++) expect((await fetch(url)).status).toBe(200);
      expect(warnings).toHaveLength(1);
    } finally {
      close();
    }
  });
});
