import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode, errorDetail, errorField, humanErrorMessage } from './graphql-error';

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
    expect(humanErrorMessage(network, 'We could not reach Village.')).toBe(
      'We could not reach Village.',
    );
  });
});
