import { ApolloClient, ApolloLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { HttpLink } from '@apollo/client/link/http';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

/** The cache reference of an edge's node (its identity), or the edge itself when it has none. */
const nodeRef = (edge: unknown): unknown =>
  (edge as { node?: { __ref?: string } }).node?.__ref ?? edge;

/**
 * Cursor pages of one list: a request with `after` appends to what is cached, a first page replaces it.
 * `keyArgs` are the filters: each filter combination is its own cached list.
 */
function cursorPages(keyArgs: string[]): FieldPolicy<{ edges: unknown[] }> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      // A page can repeat an item already shown: one that arrived live (a message) before its page did.
      const seen = new Set(existing.edges.map(nodeRef));
      const fresh = incoming.edges.filter((edge) => !seen.has(nodeRef(edge)));
      return { ...incoming, edges: [...existing.edges, ...fresh] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          groups: cursorPages(['kind', 'language', 'search']),
          helpPosts: cursorPages(['kind', 'category', 'status', 'areaCell']),
          myHelpPosts: cursorPages(['status']),
          myUpcomingSessions: cursorPages([]),
          myExchanges: cursorPages(['status', 'helpPostId']),
          myAttendance: cursorPages([]),
          nearbyParents: cursorPages(['near']),
          myTies: cursorPages(['hidden']),
          groupExchanges: cursorPages(['groupId', 'status', 'helpPostId']),
          exchangeMessages: cursorPages(['exchangeId']),
          moderationQueue: cursorPages(['groupId', 'state']),
          safeguardingConcerns: cursorPages(['status']),
          sessionSearch: cursorPages([
            'point',
            'areaCell',
            'withinMetres',
            'childAgeMonths',
            'dueMonth',
            'weekdays',
            'startsFrom',
            'startsBy',
            'languages',
            'freeOnly',
            'accessibility',
            'groupKinds',
            'text',
            'sort',
          ]),
        },
      },
      // The signed-in account has no id: there is only ever one, so its fields from every query merge.
      Me: {
        keyFields: [],
        fields: {
          dataAccessLog: cursorPages([]),
          // Lists replaced whole by the latest answer (a withdrawn consent, a revoked session).
          consents: { merge: false },
          sessions: { merge: false },
        },
      },
      // A value with no id of its own: answers asking for different fields of it complete each other.
      LifeStage: { merge: true },
    },
  });
}

/** Same origin as the page: the API serves the app in production and Vite proxies it in development. */
function subscriptionUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** Each client's subscription socket, for `onReconnected`. */
const sockets = new WeakMap<ApolloClient, Client>();

/**
 * Calls `listener` each time this client's socket connects again after it was lost (graphql-ws
 * retries on its own); returns the function that stops listening. A client without a socket of its
 * own (specs' mocks) never reconnects.
 */
export function onReconnected(client: ApolloClient, listener: () => void): () => void {
  const socket = sockets.get(client);
  if (!socket) return () => undefined;
  return socket.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) listener();
  });
}

export interface ApolloClientOptions {
  /** The graphql-ws client; made for the page's own origin unless given (specs give a stand-in). */
  socket?: Client;
}

export function createApolloClient({ socket }: ApolloClientOptions = {}): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // graphql-ws connects lazily, on the first subscription, so pages without one open no socket.
  const wsClient = socket ?? createClient({ url: subscriptionUrl(), lazy: true });
  const ws = new GraphQLWsLink(wsClient);
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    ws,
    http,
  );
  const client = new ApolloClient({ link, cache: createCache() });
  sockets.set(client, wsClient);
  // The store is reset when someone signs in or out. A socket authenticates once, with the cookie it
  // was opened with, so it is closed too: graphql-ws reconnects (when a subscription is open) and
  // the browser sends the new cookie, or none, on the new upgrade request.
  client.onResetStore(async () => wsClient.terminate());
  return client;
}
