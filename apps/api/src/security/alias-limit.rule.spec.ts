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

  it('counts a fragment once however often it is spread, as its fields merge', () => {
    const query = `
      { node { ...Named ...Named } other: node { ...Named } }
      fragment Named on Node { ${Array.from({ length: 29 }, (_, i) => `n${i}: name`).join(' ')} }
    `;
    expect(errorsOf(query)).toEqual([]);
  });

  it('counts each operation of a document on its own', () => {
    expect(errorsOf(`query A { ${aliased(20)} } query B { ${aliased(20, 'b')} }`)).toEqual([]);
  });
});
