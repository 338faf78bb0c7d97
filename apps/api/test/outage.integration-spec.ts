import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import WebSocket from 'ws';
import { ensureDatabase } from '../src/database/database';
import { embeddedBin, PrivateServer } from './support/postgres-tools';
import { CELL } from './support/help-exchanges';
import {
  GraphQLResponse,
  Member,
  startTestApi,
  TestApi,
  VariablesArgument,
} from './support/test-api';
import { graphql } from './gql';

interface Answer<Result = unknown> {
  status: number;
  retryAfter: string | null;
  body: GraphQLResponse<Result>;
}

const CREATE_POST = graphql(`
  mutation OutageCreateHelpPost($input: CreateHelpPostInput!) {
    createHelpPost(input: $input) {
      id
    }
  }
`);

/**
 * A PostgreSQL of this spec's own (the embedded server's binaries, its own data folder and port,
 * durable settings) with a database the API migrates, so the spec can stop, kill and restart it
 * without touching the suite's server.
 */
async function privateDatabase(): Promise<{ server: PrivateServer; url: string }> {
  const server = await PrivateServer.create(embeddedBin(), { durable: true });
  await ensureDatabase(server.urlFor('postgres'), 'village');
  return { server, url: server.urlFor('village') };
}

/** Posts an operation as `Caller.gql` does, keeping the HTTP status and Retry-After. */
async function ask<Result, Variables>(
  api: TestApi,
  cookie: string | null,
  document: TypedDocumentNode<Result, Variables>,
  ...[variables]: VariablesArgument<Variables>
): Promise<Answer<Result>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as GraphQLResponse<Result>,
  };
}

const post = (api: TestApi, member: Member, title: string) =>
  ask(api, member.cookie, CREATE_POST, {
    input: { kind: 'OFFER', category: 'BABY_ITEMS', title, areaCell: CELL },
  });

/** Polls `attempt` until it answers true; returns how long that took. Fails after `withinMs`. */
async function until(attempt: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!(await attempt())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

const expectUnavailable = (answer: Answer) => {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe('5');
  expect(answer.body.errors).toEqual([
    expect.objectContaining({
      message: "Village can't reach its data right now. Please try again in a few seconds.",
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    }),
  ]);
  expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat|stack/i);
};

describe('while the database is out of reach', () => {
  let database: PrivateServer;
  let api: TestApi;
  let member: Member;
  beforeAll(async () => {
    const { server, url } = await privateDatabase();
    database = server;
    api = await startTestApi({ databaseUrl: url });
    member = await api.signUp('Outage O.');
  });
  afterAll(async () => {
    await api?.close();
    await database?.remove();
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, and serves again once it is back', async () => {
    await database.stop();

    // Signed in: the session lookup is the first read, before any resolver.
    expectUnavailable(
      await ask(
        api,
        member.cookie,
        graphql(`
          query OutageMe {
            me {
              consents {
                id
              }
            }
          }
        `),
      ),
    );
    // Anonymous: the list's own read.
    expectUnavailable(
      await ask(
        api,
        null,
        graphql(`
          query OutageGroups {
            groups {
              edges {
                cursor
              }
            }
          }
        `),
      ),
    );
    // A write.
    expectUnavailable(await post(api, member, 'Written while down'));
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');
    // Outside GraphQL too: a calendar feed.
    const feed = await fetch(`${api.url}/calendar/groups/anything.ics`);
    expect(feed.status).toBe(503);
    expect(feed.headers.get('retry-after')).toBe('5');
    expect(await feed.json()).toEqual({
      error: {
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringMatching(/can't reach its data/),
      },
    });

    // A signed-in WebSocket: its handshake reads the session, and is told to come back later.
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(
        `${api.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
        {
          headers: { cookie: member.cookie },
        },
      );
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    expect(closed).toEqual({
      code: 1013,
      reason: "Village can't reach its data right now. Please try again in a few seconds.",
    });

    await database.start();
    await until(async () => (await post(api, member, 'Written once back')).status === 200, 5_000);
  });
});

describe('a database killed under writers and restarted', () => {
  let database: PrivateServer;
  let api: TestApi;
  let writers: Member[];
  beforeAll(async () => {
    const { server, url } = await privateDatabase();
    database = server;
    api = await startTestApi({ databaseUrl: url });
    writers = [];
    for (const name of ['Writer A.', 'Writer B.', 'Writer C.', 'Writer D.'])
      writers.push(await api.signUp(name));
  });
  afterAll(async () => {
    await api?.close();
    await database?.remove();
  });

  it('loses no acknowledged write, says SERVICE_UNAVAILABLE while down, and takes writes within 5 s of its return', async () => {
    const acknowledged: string[] = [];
    const failures: Answer<unknown>[] = [];
    let running = true;
    let written = 0;
    const write = async (member: Member) => {
      while (running) {
        const answer = await post(api, member, `Pram, post ${++written}`);
        const id = answer.body.data?.createHelpPost?.id;
        if (answer.status === 200 && id && !answer.body.errors) acknowledged.push(id);
        else failures.push(answer);
      }
    };
    const loops = writers.map(write);

    let servedAfterMs: number;
    try {
      await until(async () => acknowledged.length >= 20, 10_000);
      database.kill();
      await until(async () => failures.length >= 5, 10_000);
      const acknowledgedBeforeReturn = acknowledged.length;

      await database.start();
      // More acknowledgements than writers: a write begun after the return has been acknowledged.
      servedAfterMs = await until(
        async () => acknowledged.length > acknowledgedBeforeReturn + writers.length,
        5_000,
      );
    } finally {
      running = false;
      await Promise.all(loops);
    }

    expect(servedAfterMs).toBeLessThan(5_000);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expectUnavailable(failure);
    const [row] = await api.dataSource.query<{ stored: string }[]>(
      `SELECT count(*)::text AS stored FROM help_post WHERE id = ANY($1)`,
      [acknowledged],
    );
    expect(Number(row?.stored)).toBe(acknowledged.length);
  });
});
