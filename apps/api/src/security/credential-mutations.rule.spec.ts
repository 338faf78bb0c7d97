import { parse, specifiedRules, validate } from 'graphql';
import { buildAppSchema } from '../build-schema';
import { CREDENTIAL_MUTATIONS, oncePerOperationRule } from './credential-mutations.rule';
import { testSchema } from './testing';

const errorsOf = (query: string) =>
  validate(testSchema, parse(query), [
    ...specifiedRules,
    oncePerOperationRule(['signIn', 'requestPasswordReset']),
  ]).map((error) => error.message);

describe('oncePerOperationRule', () => {
  it('accepts one sign-in, and one of each watched mutation', () => {
    expect(errorsOf('mutation { signIn(email: "a@example.test") }')).toEqual([]);
    expect(
      errorsOf(
        'mutation { signIn(email: "a@example.test") requestPasswordReset(email: "a@example.test") }',
      ),
    ).toEqual([]);
  });

  it('refuses the same sign-in under several aliases', () => {
    const guesses = Array.from({ length: 3 }, (_, i) => `g${i}: signIn(email: "a@example.test")`);
    expect(errorsOf(`mutation { ${guesses.join(' ')} }`)).toEqual([
      'signIn may be called only once per request; this operation calls it 3 times.',
    ]);
  });

  it('finds repeats hidden in fragments and inline fragments', () => {
    const query = `
      mutation { ...Reset ... on Mutation { again: requestPasswordReset(email: "b@example.test") } }
      fragment Reset on Mutation { requestPasswordReset(email: "a@example.test") }
    `;
    expect(errorsOf(query)).toEqual([
      'requestPasswordReset may be called only once per request; this operation calls it 2 times.',
    ]);
  });

  it('leaves other mutations alone', () => {
    expect(errorsOf('mutation { a: rename(name: "x") b: rename(name: "y") }')).toEqual([]);
  });

  it('watches mutations that exist in the real schema', async () => {
    const mutations = (await buildAppSchema()).getMutationType()?.getFields() ?? {};
    expect(CREDENTIAL_MUTATIONS.filter((name) => !(name in mutations))).toEqual([]);
  });
});
