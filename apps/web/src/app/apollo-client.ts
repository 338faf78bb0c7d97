import { ApolloClient, ApolloLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { HttpLink } from '@apollo/client/link/http';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/**
 * Cursor pages of one list: a request with `after` appends to what is cached, a first page replaces it.
 * `keyArgs` are the filters: each filter combination is its own cached list.
 */
function cursorPages(keyArgs: string[]): FieldPolicy<{ edges: unknown[] }> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
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
        },
      },
    },
  });
}

/** Same origin as the page: the API serves the app in production and Vite proxies it in development. */
function subscriptionUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql' });
  // graphql-ws connects lazily, on the first subscription, so pages without one open no socket.
  const ws = new GraphQLWsLink(createClient({ url: subscriptionUrl(), lazy: true }));
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    ws,
    http,
  );
  return new ApolloClient({ link, cache: createCache() });
}
