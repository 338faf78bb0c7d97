import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import {
  errorCode,
  errorDetail,
  errorField,
  humanErrorMessage,
  isServiceUnavailable,
  retryAfterMs,
} from './graphql-error';

// Stands in for i18next's `t`: says which key was asked for.
const t = ((key: string) => `t(${key})`) as unknown as TFunction;

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('reading API errors', () => {
  const rateLimited = graphQLError('Too many attempts. Please wait 4 seconds and try again.', {
    code: 'RATE_LIMITED',
    retryAfterSeconds: 4,
  });

  it('reads the code, the field and the extra facts the API sent', () => {
    expect(errorCode(rateLimited)).toBe('RATE_LIMITED');
    expect(errorDetail(rateLimited, 'retryAfterSeconds')).toBe(4);
    expect(errorField(graphQLError('Taken', { code: 'CONFLICT', field: 'email' }))).toBe('email');
  });

  it('finds nothing in a failure that is not a GraphQL error', () => {
    const network = new TypeError('Failed to fetch');
    expect(errorCode(network)).toBeUndefined();
    expect(errorField(network)).toBeUndefined();
    expect(errorDetail(network, 'retryAfterSeconds')).toBeUndefined();
    expect(humanErrorMessage(network, t)).toBe('t(states.networkError)');
  });

  it('shows the API’s own message for other errors', () => {
    expect(humanErrorMessage(rateLimited, t)).toBe(
      'Too many attempts. Please wait 4 seconds and try again.',
    );
    expect(isServiceUnavailable(rateLimited)).toBe(false);
  });

  it('words an outage of the API’s database itself, from the code or a bare 503, with its wait', () => {
    const outage = graphQLError('Village can’t reach its data right now.', {
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 5,
    });
    // A proxy in front of the API can answer 503 with a page of its own.
    const proxy = new ServerError('Response not successful: Received status code 503', {
      response: { status: 503, headers: new Headers({ 'retry-after': '7' }) } as Response,
      bodyText: '<html>Service Unavailable</html>',
    });
    for (const error of [outage, proxy]) {
      expect(isServiceUnavailable(error)).toBe(true);
      expect(humanErrorMessage(error, t)).toBe('t(states.unavailable)');
    }
    expect(retryAfterMs(outage)).toBe(5000);
    expect(retryAfterMs(proxy)).toBe(7000);
  });
});
