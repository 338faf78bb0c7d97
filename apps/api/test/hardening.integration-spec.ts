import { createHash, randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Client } from 'graphql-ws';
import { readConfig } from '../src/config/app-config';
import { asApolloClientSends } from '../src/security/testing';
import { GraphQLResponse, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

// Each limit of docs/security.md, proven against the real API: a hostile request is refused with a
// clear code and message, and what the web app really sends still gets through.

interface Answer {
  status: number;
  headers: Headers;
  body: GraphQLResponse<Record<string, unknown>>;
}

async function send(
  api: TestApi,
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const answer = (await response.json()) as Answer['body'];
  return { status: response.status, headers: response.headers, body: answer };
}

const firstError = (answer: Answer) => ({
  status: answer.status,
  code: answer.body.errors?.[0]?.extensions?.code,
  message: answer.body.errors?.[0]?.message,
});

/** `{ group { sessions { group { sessions … } } } }` with `levels` fields in its deepest path. */
function deepGroupQuery(levels: number): string {
  const inner = Array.from({ length: levels - 2 }, (_, i) => (i % 2 === 0 ? 'sessions' : 'group'));
  return `{ group(id: "${randomUUID()}") { ${inner.join(' { ')} { id }${' }'.repeat(inner.length)} }`;
}

/** The first message a subscription gets: its errors, or its first result. */
function firstMessage(client: Client, query: string): Promise<unknown> {
  return new Promise((resolve) => {
    const stop = client.subscribe(
      { query },
      {
        next: (message) => {
          stop();
          resolve(message);
        },
        error: (errors) => resolve(errors),
        complete: () => undefined,
      },
    );
  });
}

/** An address of its own for each test, given through X-Forwarded-For (where the API trusts loopback). */
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** The web client's operations, as graphql-codegen wrote them (the trusted-documents manifest). */
const manifest = JSON.parse(
  readFileSync(readConfig({}).trustedDocumentsManifest, 'utf8'),
) as Record<string, string>;
const [groupsHash, groupsText] = Object.entries(manifest).find(([, text]) =>
  text.includes('query Groups('),
)!;

describe('GraphQL hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  describe('depth limit (10)', () => {
    it('refuses an operation nested 12 levels deep', async () => {
      expect(firstError(await send(api, { query: deepGroupQuery(12) }))).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'This operation nests fields 12 levels deep; the most allowed is 10.',
      });
    });

    it('runs one nested exactly 10 levels deep', async () => {
      const member = await api.signUp('Deep Reader');
      const tenLevels = graphql(`
        query HardeningMe {
          me {
            dataAccessLog(first: 1) {
              edges {
                node {
                  actor {
                    memberships {
                      person {
                        memberships {
                          group {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `);
      const result = await member.gql(tenLevels);
      expect(result.errors).toBeUndefined();
      expect(result.data?.['me']).toBeDefined();
    });
  });

  describe('cost limit (10,000)', () => {
    const query = `query ($first: Int!) {
      groups(first: $first) { edges { node { sessions { group { sessions { id title } } } } } }
    }`;

    it('refuses a page of 50 groups with two nested lists of sessions', async () => {
      expect(firstError(await send(api, { query, variables: { first: 50 } }))).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message:
          'This operation would cost 42151 (1 per field, lists multiplied by their size); the most allowed is 10000. Ask for fewer items or fewer nested lists.',
      });
    });

    it('runs a full page with one nested list (a page of groups with their sessions)', async () => {
      // 1 + 50 × (edges 1 + node 1 + name 1 + sessions (1 + 20 × 5)) = 5,201.
      const page = `{ groups(first: 50) { edges { node { name sessions { title space { name } group { name } } } } } }`;
      expect((await send(api, { query: page })).body.errors).toBeUndefined();
    });

    it('runs the same operation for a page of 5, judged on the variables sent', async () => {
      const answer = await send(api, { query, variables: { first: 5 } });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.['groups']).toBeDefined();
    });
  });

  describe('alias cap (30)', () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: groups(first: 1) { edges { cursor } }`).join(' ')} }`;

    it('refuses 31 aliases', async () => {
      expect(firstError(await send(api, { query: aliased(31) }))).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'This operation uses 31 aliases; the most allowed is 30.',
      });
    });

    it('runs 30', async () => {
      expect((await send(api, { query: aliased(30) })).body.errors).toBeUndefined();
    });

    it('counts aliases inside fragments each time they run (116 through named and inline fragments)', async () => {
      // Four aliased lists, each running Page: 4 × (1 + first, again, more, next + Edges twice × 12) = 116.
      const query = `
        { ${Array.from({ length: 4 }, (_, i) => `g${i}: groups(first: 1) { ...Page }`).join(' ')} }
        fragment Page on GroupConnection {
          first: edges { ...Edges } ... on GroupConnection { again: edges { ...Edges } }
          more: pageInfo { next: hasNextPage }
        }
        fragment Edges on GroupEdge { ${Array.from({ length: 12 }, (_, i) => `c${i}: cursor`).join(' ')} }
      `;
      expect(firstError(await send(api, { query }))).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'This operation uses 116 aliases; the most allowed is 30.',
      });
    });

    it('refuses several sign-ins in one operation, even fewer than the cap', async () => {
      const guesses = ['one', 'two', 'three'].map(
        (guess) =>
          `${guess}: signIn(input: { email: "a@example.test", password: "${guess}" }) { person { id } }`,
      );
      expect(firstError(await send(api, { query: `mutation { ${guesses.join(' ')} }` }))).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'signIn may be called only once per request; this operation calls it 3 times.',
      });
    });
  });

  it('refuses a document of more than 2,000 tokens before validating it', async () => {
    const query = `{ ${Array.from({ length: 700 }, () => 'groups { edges { cursor } }').join(' ')} }`;
    expect(firstError(await send(api, { query }))).toEqual({
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      // graphql-js 16 spells it "more that".
      message: expect.stringMatching(
        /^Syntax Error: Document contains more tha[nt] 2000 tokens\. Parsing aborted\.$/,
      ),
    });
  });

  describe('no batched operations', () => {
    it('refuses a batch of a sign-in and a password reset, running neither', async () => {
      const member = await api.signUp('Batch Target');
      const mailBefore = api.mail.length;
      const answer = await send(api, [
        {
          query: 'mutation ($input: SignInInput!) { signIn(input: $input) { person { id } } }',
          variables: { input: { email: member.email, password: 'a wrong guess' } },
        },
        {
          query: 'mutation ($email: String!) { requestPasswordReset(email: $email) }',
          variables: { email: member.email },
        },
      ]);
      expect(firstError(answer)).toEqual({
        status: 400,
        code: 'BAD_USER_INPUT',
        message: 'Operation batching disabled.',
      });
      expect(api.mail.length).toBe(mailBefore);
    });
  });

  describe('request body size (100 kB)', () => {
    it('refuses a larger body with a GraphQL-shaped error', async () => {
      const answer = await send(api, {
        query: '{ __typename }',
        variables: { padding: 'x'.repeat(110_000) },
      });
      expect(answer.status).toBe(413);
      expect(answer.body).toEqual({
        errors: [{ message: 'The request is too large.', extensions: { code: 'BAD_REQUEST' } }],
      });
    });

    it('accepts a body just under it', async () => {
      const answer = await send(api, {
        query: '{ __typename }',
        variables: { padding: 'x'.repeat(95_000) },
      });
      expect(answer.body).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('CSRF prevention', () => {
    const reset = (email: string) => `mutation { requestPasswordReset(email: "${email}") }`;

    it('refuses a form-style POST (text/plain), which a browser sends cross-site without asking', async () => {
      const member = await api.signUp('CSRF Target');
      const mailBefore = api.mail.length;
      const answer = await send(api, JSON.stringify({ query: reset(member.email) }), {
        'content-type': 'text/plain',
      });
      expect(firstError(answer)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
      expect(firstError(answer).message).toMatch(/Cross-Site Request Forgery \(CSRF\)/);
      expect(api.mail.length).toBe(mailBefore);
    });

    it('refuses a mutation sent by GET, with or without a preflight header', async () => {
      const url = `${api.url}/graphql?query=${encodeURIComponent(reset('a@example.test'))}`;
      const plain = await fetch(url);
      expect(plain.status).toBe(400);
      expect(((await plain.json()) as GraphQLResponse).errors?.[0]?.message).toMatch(/CSRF/);
      const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(405);
      expect(((await preflighted.json()) as GraphQLResponse).errors?.[0]?.message).toBe(
        'GET requests only support query operations, not mutation operations',
      );
    });
  });

  describe('security headers', () => {
    it.each(['/health', '/graphql'])('are on every response (%s)', async (path) => {
      const response = await fetch(`${api.url}${path}`, {
        method: path === '/graphql' ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: path === '/graphql' ? JSON.stringify({ query: '{ __typename }' }) : undefined,
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toMatch(/connect-src 'self' ws:\/\//);
      expect(response.headers.get('x-powered-by')).toBeNull();
      // HTTPS only is asked for in production (below).
      expect(response.headers.get('strict-transport-security')).toBeNull();
    });
  });

  describe('the WebSocket', () => {
    it('carries subscriptions only, so queries and mutations meet the HTTP limits', async () => {
      const errors = await firstMessage(
        api.subscriptionClient(),
        'mutation { requestPasswordReset(email: "a@example.test") }',
      );
      expect(errors).toEqual([
        {
          message:
            'Only subscriptions are sent over the WebSocket; send queries and mutations over HTTP.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ]);
    });

    it('applies the depth limit to subscriptions', async () => {
      const deep = `subscription { helpPostsNear(areaCells: ["8819429a9dfffff"]) { helpPost { authorGroup { ${'sessions { group { '.repeat(5)}id${' } }'.repeat(5)} } } } }`;
      expect(await firstMessage(api.subscriptionClient(), deep)).toEqual([
        expect.objectContaining({
          message: 'This operation nests fields 14 levels deep; the most allowed is 10.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    });
  });

  it('gives field suggestions outside production', async () => {
    expect(firstError(await send(api, { query: '{ groups { edges { node { nam } } } }' }))).toEqual(
      {
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'Cannot query field "nam" on type "Group". Did you mean "name"?',
      },
    );
  });
});

describe('GraphQL hardening in production', () => {
  describe('with trusted documents configured off', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ nodeEnv: 'production', trustedDocuments: false });
    });
    afterAll(() => api.close());

    it.each([
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Person") { fields { name } } }',
    ])('refuses introspection: %s', async (query) => {
      expect(firstError(await send(api, { query }))).toMatchObject({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: expect.stringMatching(/^GraphQL introspection is not allowed/),
      });
    });

    it('names no fields in its errors ("Did you mean …")', async () => {
      expect(
        firstError(await send(api, { query: '{ groups { edges { node { nam } } } }' })),
      ).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'Cannot query field "nam" on type "Group".',
      });
    });

    it('names no enum values when a variable is wrong', async () => {
      const answer = await send(api, {
        query: 'query ($kind: GroupKind) { groups(kind: $kind) { edges { cursor } } }',
        variables: { kind: 'FAITHS' },
      });
      expect(firstError(answer)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(firstError(answer).message).not.toMatch(/Did you mean|FAITH"/);
    });

    it('asks browsers for HTTPS only', async () => {
      const response = await fetch(`${api.url}/health`);
      expect(response.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
    });

    it('runs operations that are not in the manifest, as configured', async () => {
      const answer = await send(api, { query: '{ groups(first: 1) { edges { cursor } } }' });
      expect(answer.body.errors).toBeUndefined();
    });
  });

  describe('with trusted documents (the production default)', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({
        nodeEnv: 'production',
        trustedDocuments: readConfig({ NODE_ENV: 'production' }).trustedDocuments,
      });
    });
    afterAll(() => api.close());

    it('runs an operation of the web app, as Apollo Client formats it', async () => {
      const answer = await send(api, {
        query: asApolloClientSends(groupsText),
        variables: { first: 5 },
      });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.['groups']).toMatchObject({ edges: expect.any(Array) });
    });

    it('runs one sent as its hash alone', async () => {
      const sha256Hash = groupsHash.replace(/^sha256:/, '');
      const answer = await send(api, {
        variables: { first: 5 },
        extensions: { persistedQuery: { version: 1, sha256Hash } },
      });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.['groups']).toBeDefined();
    });

    it.each([
      [
        'an operation of its own',
        { query: '{ groups(first: 50) { edges { node { id name } } } }' },
      ],
      [
        'a web operation with a field added',
        { query: groupsText.replace('cursor', 'cursor node { website }'), variables: { first: 5 } },
      ],
      [
        'a hash that is not in the manifest',
        {
          extensions: {
            persistedQuery: {
              version: 1,
              sha256Hash: createHash('sha256').update('{ me { email } }').digest('hex'),
            },
          },
        },
      ],
    ])('refuses %s', async (_what, body) => {
      expect(firstError(await send(api, body))).toEqual({
        status: 400,
        code: 'OPERATION_NOT_TRUSTED',
        message: 'This server runs only the operations the Village web app was built with.',
      });
    });

    it('refuses a subscription that is not in the manifest', async () => {
      const errors = await firstMessage(
        api.subscriptionClient(),
        'subscription { helpPostsNear(areaCells: ["8819429a9dfffff"]) { helpPost { id } } }',
      );
      expect(errors).toEqual([
        {
          message: 'This server runs only the operations the Village web app was built with.',
          extensions: { code: 'OPERATION_NOT_TRUSTED' },
        },
      ]);
    });
  });
});

describe('rate limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Behind a proxy on this machine, as the nginx of docker/compose.yaml is (TRUST_PROXY=loopback).
    api = await startTestApi({
      rateLimitPerMinuteIp: 5,
      rateLimitPerMinuteUser: 3,
      trustProxy: 'loopback',
    });
  });
  afterAll(() => api.close());

  const query = { query: '{ __typename }' };

  it('refuses a sixth request a minute from one address with 429, Retry-After and RATE_LIMITED', async () => {
    const address = someAddress();
    for (let i = 0; i < 5; i++)
      expect((await send(api, query, { 'x-forwarded-for': address })).status).toBe(200);
    const refused = await send(api, query, { 'x-forwarded-for': address });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(refused.status).toBe(429);
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused.body).toEqual({
      errors: [
        {
          message: `Too many requests. Please wait ${retryAfter} seconds and try again.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
    // Another address is not held back.
    expect((await send(api, query, { 'x-forwarded-for': someAddress() })).status).toBe(200);
  });

  it('refuses a fourth request a minute from one signed-in member, from whatever address', async () => {
    const member = await api.signUp('Busy Member');
    const other = await api.signUp('Other Member');
    const asMember = () =>
      send(api, query, { cookie: member.cookie, 'x-forwarded-for': someAddress() });
    for (let i = 0; i < 3; i++) expect((await asMember()).status).toBe(200);
    expect(firstError(await asMember())).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // Someone else signed in is counted on their own.
    const address = someAddress();
    expect(
      (await send(api, query, { cookie: other.cookie, 'x-forwarded-for': address })).status,
    ).toBe(200);
  });
});

describe('rate limits without a trusted proxy (the default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ rateLimitPerMinuteIp: 3 });
  });
  afterAll(() => api.close());

  it('believes no X-Forwarded-For, so a client cannot pick the address it is counted as', async () => {
    for (let i = 0; i < 3; i++)
      expect(
        (await send(api, { query: '{ __typename }' }, { 'x-forwarded-for': someAddress() })).status,
      ).toBe(200);
    expect(
      firstError(
        await send(api, { query: '{ __typename }' }, { 'x-forwarded-for': someAddress() }),
      ),
    ).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });
});
