import { GraphQLError, GraphQLSchema, parse } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { GraphQLHardening } from './graphql-hardening';
import { testSchema } from './testing';
import { TrustedDocuments } from './trusted-documents';

const NODE_CHANGED = 'subscription NodeChanged($id: ID!) { nodeChanged(id: $id) { id name } }';

/** A hardening that has seen Apollo start with the test schema. */
async function started(options: Partial<ConstructorParameters<typeof GraphQLHardening>[0]> = {}) {
  const hardening = new GraphQLHardening({ production: false, trustedDocuments: null, ...options });
  await hardening.plugin().serverWillStart?.({ schema: testSchema } as never);
  return hardening;
}

const subscribe = (hardening: GraphQLHardening, payload: Partial<SubscribePayload>) =>
  hardening.onSubscribe(null, '1', { query: NODE_CHANGED, variables: { id: '1' }, ...payload });

const refusal = (result: unknown) => {
  if (!Array.isArray(result)) throw new Error('expected errors');
  return (result as GraphQLError[]).map((error) => ({
    message: error.message,
    code: error.extensions['code'],
  }));
};

describe('GraphQLHardening over WebSocket (onSubscribe)', () => {
  it('runs a subscription within the limits', async () => {
    const result = subscribe(await started(), {});
    expect(result).toMatchObject({ schema: testSchema, variableValues: { id: '1' } });
  });

  it('carries subscriptions only: queries and mutations go over HTTP', async () => {
    const hardening = await started();
    expect(refusal(subscribe(hardening, { query: '{ node { id } }' }))).toEqual([
      {
        message:
          'Only subscriptions are sent over the WebSocket; send queries and mutations over HTTP.',
        code: 'BAD_REQUEST',
      },
    ]);
    expect(
      refusal(subscribe(hardening, { query: 'mutation { signIn(email: "a@x.y") }' })),
    ).toHaveLength(1);
  });

  it('applies the depth limit as over HTTP', async () => {
    const deep = `subscription { nodeChanged(id: "1") { ${'parent { '.repeat(10)}id${' }'.repeat(10)} } }`;
    expect(refusal(subscribe(await started(), { query: deep }))).toEqual([
      {
        message: 'This operation nests fields 12 levels deep; the most allowed is 10.',
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
    ]);
  });

  it('reports a syntax error with its code', async () => {
    expect(refusal(subscribe(await started(), { query: 'subscription {' }))[0]?.code).toBe(
      'GRAPHQL_PARSE_FAILED',
    );
  });

  it('hides field suggestions in production only', async () => {
    const typo = 'subscription { nodeChanged(id: "1") { nam } }';
    expect(refusal(subscribe(await started(), { query: typo }))[0]?.message).toBe(
      'Cannot query field "nam" on type "Node". Did you mean "name"?',
    );
    expect(
      refusal(subscribe(await started({ production: true }), { query: typo }))[0]?.message,
    ).toBe('Cannot query field "nam" on type "Node".');
  });

  it('runs only trusted documents when a manifest is given, also by hash', async () => {
    const hardening = await started({
      trustedDocuments: new TrustedDocuments({ 'sha256:abc123': NODE_CHANGED }),
    });
    expect(subscribe(hardening, {})).toMatchObject({ schema: testSchema });
    expect(
      subscribe(hardening, {
        query: '',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'abc123' } },
      }),
    ).toMatchObject({ schema: testSchema });
    expect(
      refusal(subscribe(hardening, { query: 'subscription { nodeChanged(id: "1") { id } }' })),
    ).toEqual([
      {
        message: 'This server runs only the operations the Village web app was built with.',
        code: 'OPERATION_NOT_TRUSTED',
      },
    ]);
  });
});

describe('GraphQLHardening in Apollo (plugin)', () => {
  const resolved = async (query: string, variables: Record<string, unknown>) => {
    const listener = await new GraphQLHardening({ production: false, trustedDocuments: null })
      .plugin()
      .requestDidStart?.({} as never);
    return listener?.didResolveOperation?.({
      schema: testSchema as GraphQLSchema,
      document: parse(query),
      request: { query, variables },
      operationName: null,
    } as never);
  };
  const COSTLY =
    'query ($n: Int!) { nodes(first: $n) { edges { node { children { children { id } } } } } }';

  it('lets an operation within the cost limit run', async () => {
    await expect(resolved(COSTLY, { n: 5 })).resolves.toBeUndefined();
  });

  it('refuses one over it with a 400 and GRAPHQL_VALIDATION_FAILED', async () => {
    await expect(resolved(COSTLY, { n: 50 })).rejects.toMatchObject({
      message: expect.stringContaining('would cost 21151'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
    });
  });

  it('removes suggestions from every error in production, variable errors included', async () => {
    const listener = await new GraphQLHardening({ production: true, trustedDocuments: null })
      .plugin()
      .requestDidStart?.({} as never);
    const error = new GraphQLError(
      'Variable "$kind" got invalid value "PARENT"; Value "PARENT" does not exist in "GroupKind" enum. Did you mean the enum value "PARENTS"?',
    );
    await listener?.didEncounterErrors?.({ errors: [error] } as never);
    expect(error.message).toBe(
      'Variable "$kind" got invalid value "PARENT"; Value "PARENT" does not exist in "GroupKind" enum.',
    );
  });
});
