import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

describe('bad input never reaches users as a stack trace', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const noStack = (body: unknown) =>
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);

  it('answers a syntax error with GRAPHQL_PARSE_FAILED and a message', async () => {
    const result = await api.gqlRaw('{ groups { edges { node { name }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/Syntax Error/);
    noStack(result);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await api.gqlRaw('{ groups { edges { node { password } } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "password"/);
    noStack(result);
  });

  it('refuses pages larger than 50', async () => {
    const result = await api.gql(
      graphql(`
        query ErrorsGroups {
          groups(first: 500) {
            edges {
              cursor
            }
          }
        }
      `),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'first must not be greater than 50',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a forged cursor', async () => {
    const result = await api.gql(
      graphql(`
        query ErrorsGroups2 {
          groups(after: "bm90IGEgY3Vyc29y") {
            edges {
              cursor
            }
          }
        }
      `),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'The "after" cursor is not one we gave out.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses an id that is not an id', async () => {
    const result = await api.gql(
      graphql(`
        query ErrorsSpace {
          space(id: "42") {
            name
          }
        }
      `),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'id must be an id',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers a body that is not JSON with a GraphQL-shaped error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('hides unexpected failures behind a plain message', async () => {
    await api.dataSource.query('ALTER TABLE space RENAME TO space_gone');
    try {
      const result = await api.gql(
        graphql(`
          query ErrorsSpaces {
            spaces {
              edges {
                node {
                  name
                }
              }
            }
          }
        `),
      );
      expect(result.errors?.[0]).toMatchObject({
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      noStack(result);
    } finally {
      await api.dataSource.query('ALTER TABLE space_gone RENAME TO space');
    }
  });

  it('reports the database in the health check', async () => {
    const response = await fetch(`${api.url}/health`);
    const body = (await response.json()) as { database: { serverVersion: string } };
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up' } });
    expect(Number.parseInt(body.database.serverVersion, 10)).toBeGreaterThanOrEqual(15);
  });
});
