import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../graphql/domain-error';
import { sessionTokenFrom } from '../access/session-cookie';
import { hashSecret } from './tokens';
import { sendGraphQLError } from './graphql-error-response';
import type { RateLimiter } from './rate-limiter';

export function rateLimitedMessage(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds === 1 ? '1 second' : `${retryAfterSeconds} seconds`;
  return `Too many requests. Please wait ${wait} and try again.`;
}

/**
 * Counts every request to /graphql against its IP address (`request.ip`, so behind a proxy it honours
 * TRUST_PROXY) and, with a session cookie, against a hash of the session token — no database lookup,
 * so a refused request costs almost nothing. Over a limit: 429 with Retry-After and a GraphQL-shaped
 * RATE_LIMITED error. When the counts cannot be reached (Redis down) requests pass, and it is logged.
 */
export function rateLimitMiddleware(limiter: RateLimiter, logger: Logger): RequestHandler {
  let storeFailing = false;

  const handle = async (request: Request, response: Response, next: NextFunction) => {
    const token = sessionTokenFrom(request.headers.cookie);
    let verdict;
    try {
      verdict = await limiter.check({
        ip: request.ip ?? request.socket.remoteAddress ?? 'unknown',
        session: token ? hashSecret(token).toString('base64url') : null,
      });
      storeFailing = false;
    } catch (error) {
      if (!storeFailing)
        logger.warn({ err: error }, 'rate limits cannot be counted; not applying them');
      storeFailing = true;
      return next();
    }
    if (verdict.allowed) return next();
    response.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    sendGraphQLError(response, 429, rateLimitedMessage(verdict.retryAfterSeconds), {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  };

  return (request, response, next) => void handle(request, response, next);
}
