import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { WebSocketServer } from 'ws';
import type { AppConfig } from '../config/app-config';
import { ipKey } from './rate-limiter';
import { originAllowed, OriginPolicy } from './websocket-origin';

/** Open sockets per IP address when WEBSOCKET_CONNECTIONS_PER_IP is not set (docs/security.md). */
export const DEFAULT_WEBSOCKET_CONNECTIONS_PER_IP = 50;

export const ORIGIN_REFUSED_MESSAGE = 'Pages of this site may not connect to Village.';
export const TOO_MANY_SOCKETS_MESSAGE =
  'Too many open connections from your address. Close some Village tabs and try again.';

/** Express's compiled TRUST_PROXY: whether the address `hop` steps from the client may be believed. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The client's address as Express's `request.ip` works it out (proxy-addr): the nearest address
 * in X-Forwarded-For that is not a trusted proxy. The upgrade request never passes through Express.
 */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
    .reverse();
  const addresses = [request.socket.remoteAddress ?? 'unknown', ...forwarded];
  let hop = 0;
  while (hop < addresses.length - 1 && trust(addresses[hop]!, hop)) hop++;
  return addresses[hop]!;
}

/** Connections per IP address; 0 is off. Unset, off under NODE_ENV=test (specs open many sockets from loopback). */
export function connectionsPerIpFor(config: AppConfig): number {
  return (
    config.websocketConnectionsPerIp ??
    (config.nodeEnv === 'test' ? 0 : DEFAULT_WEBSOCKET_CONNECTIONS_PER_IP)
  );
}

/**
 * The graphql-ws server @nestjs/graphql creates. Nest offers no way to pass it options, so the guard
 * sets them on the instance (as graphql-ws itself sets `handleProtocols`); this fails the start
 * loudly if a Nest upgrade moves it.
 */
function webSocketServerOf(app: INestApplication): WebSocketServer {
  // The driver keeps its subscription service, and that its `ws` server, in private fields.
  const adapter = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
    _subscriptionService?: { wss?: WebSocketServer };
  };
  const wss = adapter._subscriptionService?.wss;
  if (!wss) throw new Error('The GraphQL WebSocket server was not found; it cannot be guarded.');
  return wss;
}

/**
 * Guards the WebSocket at the handshake, before a socket exists: a page from an origin that is not
 * allowed gets 403, an address with too many sockets open gets 429 (ws answers with the status and
 * the message). Every message is limited to WEBSOCKET_MAX_MESSAGE_BYTES: a larger one closes the
 * socket with 1009 before it is buffered whole. Call after `app.init()`, before `listen`.
 */
export function guardWebSockets(app: INestApplication, config: AppConfig, logger: Logger): void {
  const wss = webSocketServerOf(app);
  const policy: OriginPolicy = {
    publicUrl: config.publicUrl,
    extraOrigins: config.websocketOrigins,
    production: config.nodeEnv === 'production',
  };
  const perIp = connectionsPerIpFor(config);
  const trust = app.getHttpAdapter().getInstance().get('trust proxy fn') as TrustProxy;
  const open = new Map<string, number>();

  wss.options.maxPayload = config.websocketMaxMessageBytes;
  wss.options.verifyClient = (info, done) => {
    if (!originAllowed(info.req.headers.origin, policy)) {
      logger.info({ origin: info.req.headers.origin }, 'WebSocket refused: origin not allowed');
      return done(false, 403, ORIGIN_REFUSED_MESSAGE);
    }
    if (perIp === 0) return done(true);
    const key = ipKey(clientAddress(info.req, trust));
    const count = open.get(key) ?? 0;
    if (count >= perIp) return done(false, 429, TOO_MANY_SOCKETS_MESSAGE);
    open.set(key, count + 1);
    // The TCP socket closes however the WebSocket ends, or if the upgrade fails after this check.
    info.req.socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
    done(true);
  };
  // ws emits 'error' on a socket only for a protocol breach (a message over the limit, bad UTF-8),
  // after it has already closed the socket with the right code; graphql-ws would print a stack trace
  // to stderr for each, outside the JSON log.
  wss.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) =>
      logger.info({ reason: error.message }, 'WebSocket closed for breaking the protocol'),
    );
  });
}
