import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { GRAPHQL_LIMITS } from './limits';
import { createRateLimitStore } from './rate-limit-store';
import { rateLimitMiddleware } from './rate-limit.middleware';
import { RateLimiter, RateLimits } from './rate-limiter';
import { securityHeadersMiddleware } from './security-headers.middleware';
import { TrustedDocuments } from './trusted-documents';
import { trustedDocumentsMiddleware } from './trusted-documents.middleware';

/** Requests a minute when RATE_LIMIT_PER_MINUTE_IP / _USER are not set (docs/security.md). */
export const DEFAULT_RATE_LIMITS: RateLimits = { perIp: 600, perUser: 300 };

/**
 * The configured limits. Unset limits are off when nodeEnv is `test` (the integration harness sends
 * hundreds of requests a minute from one address); a spec that tests them sets them.
 */
export function rateLimitsFor(config: AppConfig): RateLimits {
  const unset = config.nodeEnv === 'test' ? 0 : null;
  return {
    perIp: config.rateLimitPerMinuteIp ?? unset ?? DEFAULT_RATE_LIMITS.perIp,
    perUser: config.rateLimitPerMinuteUser ?? unset ?? DEFAULT_RATE_LIMITS.perUser,
  };
}

/** The trusted-documents manifest when TRUSTED_DOCUMENTS is on, otherwise null. */
export function trustedDocumentsFor(config: AppConfig): TrustedDocuments | null {
  return config.trustedDocuments ? TrustedDocuments.load(config.trustedDocumentsManifest) : null;
}

export interface HttpSecurity {
  close(): Promise<void>;
}

/**
 * Express-level protection, in the order a request meets it (before Nest's routes and Apollo, which
 * are mounted when the app starts listening): security headers on every response; rate limits on
 * /graphql before any body is read; the JSON body parser with its size limit; then, in production,
 * the trusted-documents check. The app must be created with `bodyParser: false`.
 */
export function applyHttpSecurity(
  app: NestExpressApplication,
  config: AppConfig,
  logger: Logger,
): HttpSecurity {
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    securityHeadersMiddleware({
      production: config.nodeEnv === 'production',
      publicUrl: config.publicUrl,
      mapTileUrl: config.mapTileUrl,
    }),
  );
  const limits = rateLimitsFor(config);
  const limiter =
    limits.perIp > 0 || limits.perUser > 0
      ? new RateLimiter(createRateLimitStore(config.redisUrl), limits)
      : null;
  if (limiter) app.use('/graphql', rateLimitMiddleware(limiter, logger));
  app.useBodyParser('json', { limit: GRAPHQL_LIMITS.maxBodyBytes });
  const trusted = trustedDocumentsFor(config);
  if (trusted) app.use('/graphql', trustedDocumentsMiddleware(trusted));
  return { close: async () => limiter?.close() };
}
