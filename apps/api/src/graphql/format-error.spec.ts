import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { DomainError, ErrorCode } from './domain-error';
import { createErrorFormatter } from './format-error';

describe('createErrorFormatter', () => {
  const logged: unknown[] = [];
  const logger = pino(
    { level: 'error' },
    { write: (line: string) => logged.push(JSON.parse(line)) },
  );
  const format = createErrorFormatter(logger);
  const wrap = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['x'] });

  it('passes domain errors through with their code and field', () => {
    const error = new DomainError(ErrorCode.NOT_FOUND, 'We could not find that group.', 'id');
    expect(format({ message: error.message, path: ['x'] }, wrap(error))).toEqual({
      message: 'We could not find that group.',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', field: 'id' },
    });
  });

  it('joins validation messages into one sentence list', () => {
    const error = new BadRequestException([
      'name must be 2 to 120 characters',
      'kind must be one of the following values',
    ]);
    expect(format({ message: 'Bad Request' }, wrap(error))).toMatchObject({
      message: 'name must be 2 to 120 characters; kind must be one of the following values',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hides unexpected errors and logs them', () => {
    const formatted = format(
      { message: 'relation "space" does not exist', extensions: { stacktrace: ['at x'] } },
      wrap(new Error('relation "space" does not exist')),
    );
    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Please try again.',
      path: undefined,
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toHaveLength(1);
  });

  it('keeps GraphQL validation codes but never their stack', () => {
    expect(
      format(
        {
          message: 'Syntax Error',
          extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at parse'] },
        },
        new GraphQLError('Syntax Error'),
      ),
    ).toEqual({
      message: 'Syntax Error',
      path: undefined,
      locations: undefined,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});
