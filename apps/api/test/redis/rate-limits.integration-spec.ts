import { randomInt } from 'node:crypto';
import { startTestApi, TestApi } from '../support/test-api';

// Runs when REDIS_URL is set: two API processes count one address's requests together.
describe('rate limits across API processes over Redis', () => {
  const status = async (api: TestApi, address: string) =>
    (
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: '{ __typename }' }),
      })
    ).status;

  it('shares the counts between API processes through Redis', async () => {
    const redisUrl = process.env['REDIS_URL']!;
    // Behind a proxy on this machine, as with docker/compose.yaml, so the address comes from X-Forwarded-For.
    const first = await startTestApi({ redisUrl, rateLimitPerMinuteIp: 4, trustProxy: 'loopback' });
    const second = await startTestApi({
      redisUrl,
      rateLimitPerMinuteIp: 4,
      trustProxy: 'loopback',
      databaseUrl: first.databaseUrl,
    });
    try {
      const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
      for (const each of [first, second, first, second])
        expect(await status(each, address)).toBe(200);
      expect(await status(first, address)).toBe(429);
      expect(await status(second, address)).toBe(429);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
