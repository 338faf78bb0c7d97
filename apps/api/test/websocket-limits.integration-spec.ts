import type { VariablesOf } from '@graphql-typed-document-node/core';
import { randomInt } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { postHelp } from './support/help-exchanges';
import { startTestApi, subscribe, TestApi } from './support/test-api';
import { graphql } from './gql';

// The WebSocket's own limits (docs/security.md, "The WebSocket"): who may open one, how many an
// address may hold, how many subscriptions one may run, and how large a message may be.

const PUBLIC_URL = 'https://village.example';
const CELL = '8819429a97fffff';
const NEAR = graphql(`
  subscription WebsocketLimitsHelpPostsNear($cells: [String!], $since: String) {
    helpPostsNear(areaCells: $cells, since: $since) {
      helpPost {
        title
      }
    }
  }
`);

const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

type Handshake =
  { accepted: true; socket: WebSocket } | { accepted: false; status: number; body: string };

/** Opens a graphql-ws socket with these headers: the socket, or the HTTP refusal of the handshake. */
function handshake(api: TestApi, headers: Record<string, string> = {}): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${api.url.replace('http', 'ws')}/graphql`,
      'graphql-transport-ws',
      {
        headers,
      },
    );
    socket.on('open', () => resolve({ accepted: true, socket }));
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += String(chunk)));
      response.on('end', () =>
        resolve({ accepted: false, status: response.statusCode ?? 0, body }),
      );
    });
    socket.on('error', (error) => {
      if (!error.message.startsWith('Unexpected server response')) reject(error);
    });
  });
}

function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
}

describe('the WebSocket', () => {
  let api: TestApi;
  const sockets: WebSocket[] = [];
  beforeAll(async () => {
    api = await startTestApi({
      publicUrl: PUBLIC_URL,
      websocketOrigins: ['https://partner.example'],
      websocketConnectionsPerIp: 3,
      websocketSubscriptionsPerSocket: 3,
      // As behind the nginx of docker/compose.yaml, so each test can come from an address of its own.
      trustProxy: 'loopback',
    });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.terminate();
  });
  afterAll(() => api.close());

  const open = async (headers: Record<string, string> = {}) => {
    const answer = await handshake(api, headers);
    if (answer.accepted) sockets.push(answer.socket);
    return answer;
  };

  describe('origin, checked at the handshake', () => {
    it('refuses a page of another site with 403 before the socket opens', async () => {
      expect(
        await open({ origin: 'https://evil.example', 'x-forwarded-for': someAddress() }),
      ).toEqual({
        accepted: false,
        status: 403,
        body: 'Pages of this site may not connect to Village.',
      });
    });

    it("lets the app's own pages, the configured origins and clients without an Origin connect", async () => {
      const pages: Record<string, string>[] = [
        { origin: PUBLIC_URL },
        { origin: 'https://partner.example' },
        {},
      ];
      for (const headers of pages)
        expect(await open({ ...headers, 'x-forwarded-for': someAddress() })).toMatchObject({
          accepted: true,
        });
    });
  });

  it('refuses a fourth socket from one address with 429, and lets it in again once one closes', async () => {
    const address = someAddress();
    const first = await open({ 'x-forwarded-for': address });
    for (let i = 0; i < 2; i++)
      expect(await open({ 'x-forwarded-for': address })).toMatchObject({ accepted: true });
    expect(await open({ 'x-forwarded-for': address })).toEqual({
      accepted: false,
      status: 429,
      body: 'Too many open connections from your address. Close some Village tabs and try again.',
    });
    // Another address is not held back.
    expect(await open({ 'x-forwarded-for': someAddress() })).toMatchObject({ accepted: true });

    if (!first.accepted) throw new Error('the first socket was refused');
    const gone = closed(first.socket);
    first.socket.close();
    await gone;
    expect(await open({ 'x-forwarded-for': address })).toMatchObject({ accepted: true });
  });

  it('refuses a fourth subscription on one socket, and the three running ones go on', async () => {
    const poster = await api.signUp('Poster');
    const since = (
      await api.gql(
        graphql(`
          query WebsocketLimitsLiveCursor {
            liveCursor
          }
        `),
      )
    ).data!.liveCursor;
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { 'x-forwarded-for': someAddress() } });
        }
      },
      retryAttempts: 0,
    });
    const first = (variables: VariablesOf<typeof NEAR>) =>
      new Promise<unknown>((resolve) => {
        const stop = subscribe(client, NEAR, variables, {
          next: (message) => {
            stop();
            resolve(message);
          },
          error: resolve,
          complete: () => undefined,
        });
      });
    const running = [1, 2, 3].map(() => first({ cells: [CELL], since }));
    const fourth = first({ cells: [CELL], since });
    await postHelp(poster, { title: 'Cot sheets', areaCell: CELL });
    expect(await fourth).toEqual([
      {
        message:
          'This connection already runs 3 subscriptions, the most allowed. Stop one before starting another.',
        extensions: { code: 'RATE_LIMITED' },
      },
    ]);
    expect(await Promise.all(running)).toEqual(
      [1, 2, 3].map(() => ({ data: { helpPostsNear: { helpPost: { title: 'Cot sheets' } } } })),
    );
    await client.dispose();
  });

  it('closes a socket that sends a 5 MB message with 1009, before graphql-ws reads it', async () => {
    const answer = await open({ 'x-forwarded-for': someAddress() });
    if (!answer.accepted) throw new Error('refused');
    // Refused, the socket closes; read whole, graphql-ws would acknowledge it.
    const outcome = Promise.race([
      closed(answer.socket),
      new Promise((resolve) => answer.socket.once('message', (data) => resolve(String(data)))),
    ]);
    answer.socket.send(
      JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(5_000_000) } }),
    );
    expect(await outcome).toEqual({ code: 1009, reason: '' });
  });

  it('takes a message of the default limit (100 kB) less a little', async () => {
    const answer = await open({ 'x-forwarded-for': someAddress() });
    if (!answer.accepted) throw new Error('refused');
    const acknowledged = new Promise((resolve) => answer.socket.once('message', resolve));
    answer.socket.send(
      JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(100_000) } }),
    );
    expect(JSON.parse(String(await acknowledged))).toEqual({ type: 'connection_ack' });
  });
});
