import { parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule } from './alias-limit.rule';
import { testSchema } from './testing';

const errorsOf = (query: string) =>
  validate(testSchema, parse(query), [...specifiedRules, aliasLimitRule(30)]).map(
    (error) => error.message,
  );

const aliased = (count: number, prefix = 'a') =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}: node(id: "${i}") { id }`).join(' ');

describe('aliasLimitRule', () => {
  it('accepts 30 aliases and refuses 31', () => {
    expect(errorsOf(`{ ${aliased(30)} }`)).toEqual([]);
    expect(errorsOf(`{ ${aliased(31)} }`)).toEqual([
      'This operation uses 31 aliases; the most allowed is 30.',
    ]);
  });

  it('counts aliases at every level and inside fragments', () => {
    const query = `
      { ${aliased(20)} node { ...Named } }
      fragment Named on Node { ${Array.from({ length: 11 }, (_, i) => `n${i}: name`).join(' ')} }
    `;
    expect(errorsOf(query)).toEqual(['This operation uses 31 aliases; the most allowed is 30.']);
  });

  it('counts a fragment each time it runs: once per field it is spread into', () => {
    // Three aliased fields each run the fragment's 29 aliases: 3 + 87 = 90.
    const query = `
      { a: node { ...Named } b: node { ...Named } c: node { ...Named } }
      fragment Named on Node { ${Array.from({ length: 29 }, (_, i) => `n${i}: name`).join(' ')} }
    `;
    expect(errorsOf(query)).toEqual(['This operation uses 90 aliases; the most allowed is 30.']);
  });

  it('counts nested named and inline fragments, multiplied through each spread', () => {
    // Four holds 4 aliases; Twice runs it twice plus its own alias (9); four aliased fields run Twice: 4 × (1 + 9).
    const query = `
      { ${Array.from({ length: 4 }, (_, i) => `p${i}: node { ...Twice }`).join(' ')} }
      fragment Twice on Node { self: parent { ...Four } parent { ... on Node { ...Four } } }
      fragment Four on Node { ... on Node { a: name b: name } c: name d: id }
    `;
    expect(errorsOf(query)).toEqual(['This operation uses 40 aliases; the most allowed is 30.']);
  });

  it('counts a fragment spread twice into the same selection once, as its fields merge', () => {
    const query = `
      { node { ...Named ...Named ... on Node { ...Named } } }
      fragment Named on Node { ${Array.from({ length: 30 }, (_, i) => `n${i}: name`).join(' ')} }
    `;
    expect(errorsOf(query)).toEqual([]);
  });

  it('stops at a fragment cycle, which graphql reports itself', () => {
    const query = `{ node { ...A } } fragment A on Node { x: parent { ...B } } fragment B on Node { y: parent { ...A } }`;
    expect(errorsOf(query)).toEqual(['Cannot spread fragment "A" within itself via "B".']);
  });

  it('counts each operation of a document on its own', () => {
    expect(errorsOf(`query A { ${aliased(20)} } query B { ${aliased(20, 'b')} }`)).toEqual([]);
  });
});
