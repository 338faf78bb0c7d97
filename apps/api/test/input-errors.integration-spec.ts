import { createGroup } from './support/factories';
import { CELL, postHelp } from './support/help-exchanges';
import type { GraphQLResponse, Member, TestApi } from './support/test-api';
import { startTestApi } from './support/test-api';
import { graphql } from './gql';
import type { GroupKind } from './gql/graphql';

type GraphQLError = NonNullable<GraphQLResponse['errors']>[number];

/** Input a client can send that once reached PostgreSQL or graphql-js unchecked and came back as INTERNAL_SERVER_ERROR. */
describe('bad input is a BAD_USER_INPUT with a human message, never an internal error', () => {
  let api: TestApi;
  let member: Member;
  beforeAll(async () => {
    api = await startTestApi();
    member = await api.signUp('Nadia Q.');
  });
  afterAll(() => api.close());

  const expectBadInput = (error: GraphQLError | undefined, message: RegExp, field?: string) => {
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(message);
    if (field) expect(error?.extensions?.['field']).toBe(field);
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|node_modules|\.ts:\d+|SQL|0x00/);
  };

  /** Collects what a graphql-ws subscription answers until its first error. */
  async function subscriptionErrors(
    caller: Member | TestApi,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLError[]> {
    const client = caller.subscriptionClient();
    return new Promise((resolve, reject) => {
      client.subscribe(
        { query, variables },
        {
          next: (message) =>
            message.errors
              ? resolve([...message.errors] as GraphQLError[])
              : reject(new Error(`an event arrived: ${JSON.stringify(message.data)}`)),
          error: (error) =>
            Array.isArray(error) ? resolve(error as GraphQLError[]) : reject(error),
          complete: () => reject(new Error('completed without an error')),
        },
      );
    });
  }

  describe('a NUL character in any string', () => {
    const NUL_MESSAGE = /cannot contain the NUL character/;

    it('is refused in a variable, naming the field it was in', async () => {
      const result = await member.gql(
        graphql(`
          mutation InputErrorsCreateHelpPost($input: CreateHelpPostInput!) {
            createHelpPost(input: $input) {
              id
            }
          }
        `),
        {
          input: { kind: 'OFFER', category: 'BABY_ITEMS', title: 'Pram\u0000', areaCell: CELL },
        },
      );
      expect(result.data ?? null).toBeNull();
      expectBadInput(result.errors?.[0], NUL_MESSAGE, 'title');
    });

    it('is refused in a literal argument of a query', async () => {
      // Raw: codegen reads template text as written, so a typed document cannot carry this escape.
      const result = await api.gqlRaw(`{ groups(language: "e\\u0000n") { edges { cursor } } }`);
      expectBadInput(result.errors?.[0], NUL_MESSAGE, 'language');
    });

    it('is refused inside a list of strings', async () => {
      const result = await member.gql(
        graphql(`
          mutation InputErrorsCreateHelpPost2($input: CreateHelpPostInput!) {
            createHelpPost(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            kind: 'OFFER',
            category: 'BABY_ITEMS',
            title: 'Cot',
            areaCell: CELL,
            languages: ['en', 'u\u0000r'],
          },
        },
      );
      expectBadInput(result.errors?.[0], NUL_MESSAGE, 'languages');
    });

    it('is refused in a subscription over graphql-ws', async () => {
      const errors = await subscriptionErrors(
        api,
        `subscription ($c: String!) { helpPostStatusChanged(areaCell: $c) { cursor } }`,
        { c: `${CELL}\u0000` },
      );
      expectBadInput(errors[0], NUL_MESSAGE, 'areaCell');
    });

    it('is refused when smuggled inside a pagination cursor', async () => {
      const cursor = Buffer.from(JSON.stringify(['a', 'b\u0000'])).toString('base64url');
      const result = await api.gql(
        graphql(`
          query InputErrorsGroups2($a: String) {
            groups(after: $a) {
              edges {
                cursor
              }
            }
          }
        `),
        {
          a: cursor,
        },
      );
      expectBadInput(result.errors?.[0], /cursor is not one we gave out/, 'after');
    });
  });

  describe('a cursor', () => {
    it('taken from another list is refused', async () => {
      await createGroup(member, { name: 'Cursor Club' });
      await createGroup(member, { name: 'Cursor Circle' });
      const groups = await api.gql(
        graphql(`
          query InputErrorsGroups3 {
            groups(first: 1) {
              pageInfo {
                endCursor
              }
            }
          }
        `),
      );
      const cursor = groups.data!.groups.pageInfo.endCursor;
      expect(cursor).toEqual(expect.any(String));
      const result = await api.gql(
        graphql(`
          query InputErrorsHelpPostsAfter($a: String) {
            helpPosts(areaCell: "8819429a9dfffff", after: $a) {
              edges {
                cursor
              }
            }
          }
        `),
        { a: cursor },
      );
      expectBadInput(result.errors?.[0], /cursor is not one we gave out/, 'after');
    });

    it('from the same list still pages on', async () => {
      await postHelp(member, { title: 'First of two' });
      await postHelp(member, { title: 'Second of two' });
      const first = await api.gql(
        graphql(`
          query InputErrorsHelpPostsFirst {
            helpPosts(areaCell: "8819429a9dfffff", first: 1) {
              pageInfo {
                endCursor
                hasNextPage
              }
            }
          }
        `),
      );
      expect(first.data!.helpPosts.pageInfo.hasNextPage).toBe(true);
      const next = await api.gql(
        graphql(`
          query InputErrorsHelpPostsNext($a: String) {
            helpPosts(areaCell: "8819429a9dfffff", first: 1, after: $a) {
              edges {
                cursor
              }
            }
          }
        `),
        { a: first.data!.helpPosts.pageInfo.endCursor },
      );
      expect(next.errors).toBeUndefined();
      expect(next.data!['helpPosts'].edges).toHaveLength(1);
    });
  });

  describe('a DateTime', () => {
    const UPCOMING = graphql(`
      query InputErrorsUpcomingSessions($from: DateTime) {
        upcomingSessions(from: $from) {
          startsAt
        }
      }
    `);

    it.each([
      ['words', 'yesterday'],
      ['a date with no time', '2026-12-07'],
      ['an impossible day', '2026-02-30T10:00:00Z'],
      ['year 0000', '0000-01-01T00:00:00Z'],
      ['past the year 9999', '9999-12-31T23:59:59-01:00'],
      ['a six-digit year', '+275760-09-13T00:00:00Z'],
      ['beyond what JavaScript can hold', '+275760-09-14T00:00:00Z'],
    ])('is refused when it is %s, as a variable', async (_what, value) => {
      const result = await api.gql(UPCOMING, { from: value });
      expectBadInput(result.errors?.[0], /date and time such as 2026-12-07T09:30:00Z/);
    });

    it('is refused as a literal', async () => {
      const result = await api.gql(
        graphql(`
          query InputErrorsUpcomingSessions2 {
            upcomingSessions(from: "yesterday") {
              startsAt
            }
          }
        `),
      );
      expectBadInput(result.errors?.[0], /date and time such as 2026-12-07T09:30:00Z/);
    });

    it('is refused when it is not a string', async () => {
      // Deliberately a number where the schema wants a string.
      const result = await api.gql(UPCOMING, { from: 1765100000000 as unknown as string });
      expectBadInput(result.errors?.[0], /date and time such as 2026-12-07T09:30:00Z/);
    });

    it('is accepted with Z or an offset (the edges of the range: input-guards.spec.ts)', async () => {
      for (const from of ['2026-12-07T09:30:00Z', '2026-12-07T09:30:00.250+05:00']) {
        const result = await api.gql(UPCOMING, { from });
        expect(result.errors).toBeUndefined();
      }
    });

    it('in an input object is refused', async () => {
      const result = await member.gql(
        graphql(`
          mutation InputErrorsCreateHelpPost3($input: CreateHelpPostInput!) {
            createHelpPost(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            kind: 'OFFER',
            category: 'BABY_ITEMS',
            title: 'Buggy',
            areaCell: CELL,
            expiresAt: '9999-12-31T23:59:59-01:00',
          },
        },
      );
      expect(result.data ?? null).toBeNull();
      expectBadInput(result.errors?.[0], /date and time such as 2026-12-07T09:30:00Z/);
    });
  });

  it('answers a subscription sent by HTTP POST with a client error saying to use the WebSocket', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `subscription { helpPostStatusChanged(areaCell: "${CELL}") { cursor } }`,
      }),
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(400);
    expectBadInput(body.errors?.[0], /WebSocket/);
  });

  describe('a since cursor past the end of the event log (as after a restore from backup)', () => {
    const STATUS = `subscription ($c: String!, $since: String) {
      helpPostStatusChanged(areaCell: $c, since: $since) { cursor } }`;

    it('is refused, telling the client to subscribe again without it', async () => {
      const { data } = await api.gql(
        graphql(`
          query InputErrorsLiveCursor {
            liveCursor
          }
        `),
      );
      const ahead = (BigInt(data!.liveCursor) + 1000n).toString();
      const errors = await subscriptionErrors(api, STATUS, { c: CELL, since: ahead });
      expectBadInput(errors[0], /newer than the event log/, 'since');
      expect(errors[0]?.message).toMatch(/without since/);
    }, 10_000);

    it('is accepted up to the newest event, and what follows it arrives', async () => {
      const post = await postHelp(member, { title: 'Newest in the log' });
      const { data } = await api.gql(
        graphql(`
          query InputErrorsLiveCursor2 {
            liveCursor
          }
        `),
      );
      const client = api.subscriptionClient();
      const first = new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: STATUS, variables: { c: CELL, since: data!.liveCursor } },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
      });
      // Appended after the cursor: replayed or live, an accepted cursor must deliver it.
      const withdrawn = await member.gql(
        graphql(`
          mutation InputErrorsWithdrawHelpPost($id: ID!) {
            withdrawHelpPost(id: $id) {
              id
            }
          }
        `),
        {
          id: post.id,
        },
      );
      expect(withdrawn.errors).toBeUndefined();
      expect(await first).toEqual({
        data: { helpPostStatusChanged: { cursor: expect.any(String) } },
      });
    });
  });

  describe('bad variables in a graphql-ws subscription get the codes they get over HTTP', () => {
    const NEAR = `subscription ($cells: [String!], $categories: [HelpCategory!]) {
      helpPostsNear(areaCells: $cells, categories: $categories) { cursor } }`;
    const STATUS = `subscription ($c: String!) { helpPostStatusChanged(areaCell: $c) { cursor } }`;

    it('an unknown enum value', async () => {
      const errors = await subscriptionErrors(member, NEAR, {
        cells: [CELL],
        categories: ['NOT_A_CATEGORY'],
      });
      expectBadInput(errors[0], /Value "NOT_A_CATEGORY" does not exist in "HelpCategory" enum/);
    });

    it('null for a non-null variable', async () => {
      const errors = await subscriptionErrors(api, STATUS, { c: null });
      expectBadInput(errors[0], /Variable "\$c" of non-null type "String!" must not be null/);
    });

    it('a missing non-null variable', async () => {
      const errors = await subscriptionErrors(api, STATUS, {});
      expectBadInput(errors[0], /Variable "\$c" of required type "String!" was not provided/);
    });

    it('the same variables over HTTP are BAD_USER_INPUT too', async () => {
      const result = await api.gql(
        graphql(`
          query InputErrorsGroups4($k: GroupKind) {
            groups(kind: $k) {
              edges {
                cursor
              }
            }
          }
        `),
        {
          k: 'NOT_A_KIND' as GroupKind, // deliberately not one
        },
      );
      expectBadInput(result.errors?.[0], /Value "NOT_A_KIND" does not exist in "GroupKind" enum/);
    });
  });
});
