import { parse } from 'graphql';
import { costLimitError, operationCost } from './query-cost';
import { testSchema } from './testing';

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(testSchema, parse(query), variables);

describe('operationCost', () => {
  it('counts 1 per field', () => {
    expect(cost('{ node { id name parent { id } } }')).toBe(5);
  });

  it('multiplies what is under a paged field by first, counting edges once', () => {
    // nodes: 1 + first × (edges: 1 + cursor 1 + node (1 + id 1) = 4, pageInfo: 1 + 1 = 2)
    expect(
      cost('{ nodes(first: 10) { edges { cursor node { id } } pageInfo { hasNextPage } } }'),
    ).toBe(1 + 10 * (4 + 2));
  });

  it('takes first from the variables, and the schema default (20) when it is left out', () => {
    const query = 'query ($first: Int!) { nodes(first: $first) { edges { node { id } } } }';
    expect(cost(query, { first: 50 })).toBe(1 + 50 * 3);
    expect(cost('{ nodes { edges { node { id } } } }')).toBe(1 + 20 * 3);
  });

  it('assumes 20 items in a list without first, and nothing for a list of scalars', () => {
    expect(cost('{ node { children { id name } } }')).toBe(1 + 1 + 20 * 2);
    expect(cost('{ tags }')).toBe(1);
  });

  it('multiplies nested lists', () => {
    expect(cost('{ nodes(first: 50) { edges { node { children { children { id } } } } } }')).toBe(
      1 + 50 * (1 + 1 + (1 + 20 * (1 + 20 * 1))),
    );
  });

  it('costs nothing for introspection, which production refuses anyway', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });

  it('is null when the variables are invalid: execution refuses them before any resolver runs', () => {
    expect(
      cost('query ($first: Int!) { nodes(first: $first) { edges { cursor } } }', {}),
    ).toBeNull();
  });

  it('is infinite when fragments spread in fragments ask for more than can be evaluated', () => {
    const fragments = Array.from(
      { length: 16 },
      (_, i) => `fragment F${i} on Node { parent { ...F${i + 1} } children { ...F${i + 1} } }`,
    ).join('\n');
    expect(cost(`{ node { ...F0 } } ${fragments} fragment F16 on Node { id }`)).toBe(Infinity);
  });
});

describe('costLimitError', () => {
  it('accepts an operation within the limit', () => {
    expect(
      costLimitError(testSchema, parse('{ nodes(first: 50) { edges { cursor } } }'), {}),
    ).toBeNull();
  });

  it('refuses one over it, saying what it would cost and what is allowed', () => {
    const error = costLimitError(
      testSchema,
      parse(
        'query ($n: Int!) { nodes(first: $n) { edges { node { children { children { id } } } } } }',
      ),
      { n: 50 },
    );
    expect(error?.message).toBe(
      'This operation would cost 21151 (1 per field, lists multiplied by their size); the most allowed is 10000. Ask for fewer items or fewer nested lists.',
    );
    expect(error?.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
