import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { limitRules } from '../src/security/graphql-hardening';
import { className, hazardsOf, shrink } from './support/fuzz/diagnose';
import { describeClass, runFuzz } from './support/fuzz/fuzz';
import { FuzzCase, OperationGenerator, rootFields } from './support/fuzz/operations';
import { fuzzSeed, Prng } from './support/fuzz/prng';
import { FUZZ_ROLES, FuzzWorld, seedFuzzWorld } from './support/fuzz/seed';
import { FuzzPools, HOSTILE_STRINGS, ValueGenerator } from './support/fuzz/values';
import { Outcome, symptomsOf } from './support/fuzz/verdict';
import { startTestApi, TestApi } from './support/test-api';

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));

describe('schema-driven fuzzing', () => {
  let api: TestApi;
  let world: FuzzWorld;
  beforeAll(async () => {
    api = await startTestApi();
    world = await seedFuzzWorld(api);
  });
  afterAll(() => api.close());

  it('answers thousands of generated operations, as every role over HTTP and graphql-ws, with no internal error, stack trace or SQL', async () => {
    const seed = fuzzSeed();
    const result = await runFuzz(api, world, schema, {
      seed,
      operations: Number(process.env['FUZZ_OPERATIONS'] ?? 3_000),
    }).catch((error: Error) => {
      throw new Error(`Fuzzing with seed ${seed} stopped: ${error.message}`, { cause: error });
    });

    if (result.classes.length)
      throw new Error(
        [
          `Fuzzing found ${result.classes.length} class(es) of failure with seed ${seed}; replay with FUZZ_SEED=${seed}.`,
          ...result.classes.map(describeClass),
        ].join('\n\n'),
      );
    expect(result.sent).toBeGreaterThanOrEqual(rootFields(schema).length);
    expect(result.fields.size).toBe(rootFields(schema).length);
  }, 300_000);
});

describe('the fuzz generator', () => {
  const pools: FuzzPools = {
    ids: { group: ['0b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a4b'] },
    cursors: { groups: ['WzEsIngiXQ'], liveCursor: ['12'] },
    areaCells: ['8819429a9dfffff'],
  };
  const generator = new OperationGenerator(schema, new ValueGenerator(pools), {
    roles: FUZZ_ROLES,
  });

  it('gives the same operations for the same seed, and others for another', () => {
    const first = generator.generate(new Prng(7), 50);
    expect(generator.generate(new Prng(7), 50)).toEqual(first);
    expect(generator.generate(new Prng(8), 50)).not.toEqual(first);
  });

  it('covers every query, mutation and subscription, with documents the schema and the limits accept', () => {
    const cases = generator.generate(new Prng(1), 600);
    expect(new Set(cases.map((fuzzCase) => fuzzCase.field)).size).toBe(rootFields(schema).length);
    const rules = [...specifiedRules, ...limitRules()];
    for (const fuzzCase of cases)
      expect(validate(schema, parse(fuzzCase.query), rules)).toEqual([]);
    expect(new Set(cases.map((fuzzCase) => fuzzCase.role))).toEqual(new Set(FUZZ_ROLES));
    const subscriptions = cases.filter((fuzzCase) => fuzzCase.operation === 'subscription');
    expect(new Set(subscriptions.map((fuzzCase) => fuzzCase.transport))).toEqual(
      new Set(['http', 'ws']),
    );
  });

  const answer = (errors: unknown[], status = 200): Outcome => ({
    status,
    body: { data: null, errors },
    text: JSON.stringify({ errors }),
  });

  it('does not mistake its own hostile strings, repeated in a message, for a leak', () => {
    for (const value of HOSTILE_STRINGS)
      expect(
        symptomsOf(
          answer([{ message: `Not valid: ${value}`, extensions: { code: 'BAD_USER_INPUT' } }]),
          [],
          ['display_name'],
        ),
      ).toEqual([]);
  });

  it('fails a 5xx, INTERNAL_SERVER_ERROR, a missing code, a stack frame and SQL text', () => {
    const ok = { message: 'fine', extensions: { code: 'NOT_FOUND' } };
    expect(symptomsOf(answer([ok], 500), [])).toEqual(['HTTP 5xx']);
    expect(
      symptomsOf(answer([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]), []),
    ).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(symptomsOf(answer([{ message: 'x' }]), [])).toEqual(['error without a code']);
    expect(
      symptomsOf(
        answer([
          {
            message: 'Cannot read x\n    at HelpService.post (/app/dist/help/help.service.js:12:7)',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ]),
        [],
      ),
    ).toEqual(['stack trace']);
    for (const message of [
      'invalid byte sequence for encoding "UTF8": 0x00',
      'null value in column "area_cell" violates not-null constraint',
      'display_name is too long',
    ])
      expect(
        symptomsOf(
          answer([{ message, extensions: { code: 'BAD_USER_INPUT' } }]),
          [],
          ['display_name'],
        ),
      ).toEqual(['SQL text']);
    expect(symptomsOf({ status: 502, body: null, text: '<html>' }, [])).toEqual([
      'HTTP 5xx',
      'response that is not GraphQL',
    ]);
  });

  it('shrinks a failure to the input it needs and names that as its cause', async () => {
    const failing: FuzzCase = {
      index: 0,
      role: 'member',
      transport: 'http',
      operation: 'mutation',
      field: 'createGroup',
      query:
        'mutation ($root_input: CreateGroupInput!) { createGroup(input: $root_input) { id name sessions { title } } }',
      variables: {
        root_input: {
          name: 'x'.repeat(2_000),
          description: 'a\u0000b',
          kind: 'FAITH',
          website: '\u0007',
        },
      },
    };
    expect(hazardsOf(schema, pools, failing)).toEqual([
      'NUL character',
      'control character',
      'long string',
    ]);
    // A server that fails whenever a NUL character reaches it.
    const replay = async (fuzzCase: FuzzCase) => {
      const nul = JSON.stringify(fuzzCase.variables).includes('\\u0000');
      const outcome = answer([
        { message: 'x', extensions: { code: nul ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } },
      ]);
      return { outcome, symptoms: symptomsOf(outcome, []) };
    };
    const first = await replay(failing);
    const { smallest, found } = await shrink(
      schema,
      pools,
      { fuzzCase: failing, ...first },
      replay,
    );
    expect(className(found)).toBe('INTERNAL_SERVER_ERROR from NUL character');
    expect(smallest.fuzzCase.query).toBe(
      'mutation ($root_input: CreateGroupInput!) { createGroup(input: $root_input) { __typename } }',
    );
    expect(smallest.fuzzCase.variables).toEqual({
      root_input: { name: 'plain words', description: 'a\u0000b', kind: 'FAITH' },
    });
  });
});
