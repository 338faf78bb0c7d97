import { parse, specifiedRules, validate } from 'graphql';
import { depthLimitRule } from './depth-limit.rule';
import { nestedQuery, testSchema } from './testing';

const errorsOf = (query: string, maxDepth = 10) =>
  validate(testSchema, parse(query), [...specifiedRules, depthLimitRule(maxDepth)]).map(
    (error) => ({ message: error.message, code: error.extensions['code'] }),
  );

describe('depthLimitRule', () => {
  it('accepts an operation nested exactly to the limit', () => {
    expect(errorsOf(nestedQuery(10))).toEqual([]);
  });

  it('refuses one level deeper with the depth and the limit in the message', () => {
    expect(errorsOf(nestedQuery(11))).toEqual([
      {
        message: 'This operation nests fields 11 levels deep; the most allowed is 10.',
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
    ]);
  });

  it('follows named and inline fragments', () => {
    const query = `
      query { node { ...Deep } }
      fragment Deep on Node { parent { ... on Node { parent { ...Deeper } } } }
      fragment Deeper on Node { parent { parent { id } } }
    `;
    expect(errorsOf(query, 5)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('6 levels deep') }),
    ]);
    expect(errorsOf(query, 6)).toEqual([]);
  });

  it('measures a fragment spread many times once, whatever the fan-out', () => {
    // 20 fragments each spreading the next twice: 2^20 paths, but one depth per fragment.
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Node { parent { ...F${i + 1} } children { ...F${i + 1} } }`,
    ).join('\n');
    const query = `{ node { ...F0 } } ${fragments} fragment F20 on Node { id }`;
    expect(errorsOf(query, 30)).toEqual([]);
    expect(errorsOf(query, 21)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('22 levels deep') }),
    ]);
  });

  it('does not count the inside of introspection, which production refuses outright', () => {
    const query = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`;
    expect(errorsOf(query, 3)).toEqual([]);
  });

  it('leaves a fragment cycle to graphql’s own rule', () => {
    const query = `{ node { ...A } } fragment A on Node { parent { ...A } }`;
    expect(errorsOf(query).map((error) => error.message)).toEqual([
      'Cannot spread fragment "A" within itself.',
    ]);
  });
});
