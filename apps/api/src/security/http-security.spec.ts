import { readConfig } from '../config/app-config';
import { DEFAULT_RATE_LIMITS, rateLimitsFor } from './http-security';

describe('rateLimitsFor', () => {
  it('uses the defaults when the limits are not set', () => {
    expect(rateLimitsFor(readConfig({}))).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitsFor(readConfig({ NODE_ENV: 'production' }))).toEqual({
      perIp: 600,
      perUser: 300,
    });
  });

  it('leaves unset limits off under NODE_ENV=test, and applies set ones', () => {
    expect(rateLimitsFor(readConfig({ NODE_ENV: 'test' }))).toEqual({ perIp: 0, perUser: 0 });
    expect(
      rateLimitsFor(readConfig({ NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE_USER: '3' })),
    ).toEqual({ perIp: 0, perUser: 3 });
  });

  it('turns a limit off with 0', () => {
    expect(rateLimitsFor(readConfig({ RATE_LIMIT_PER_MINUTE_IP: '0' }))).toEqual({
      perIp: 0,
      perUser: 300,
    });
  });
});
