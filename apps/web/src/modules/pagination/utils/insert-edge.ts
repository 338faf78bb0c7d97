import type { ApolloCache, OperationVariables, TypedDocumentNode } from '@apollo/client';

interface Connection {
  edges: ReadonlyArray<{ cursor: string; node: { id: string } }>;
}

/** The fields of a query's result that hold a cursor connection. */
type ConnectionField<TData> = {
  [K in keyof TData]: TData[K] extends Connection ? K : never;
}[keyof TData];

type NodeOf<TData, K extends keyof TData> = TData[K] extends Connection
  ? TData[K]['edges'][number]['node']
  : never;

export interface CachedList<TData, TVariables extends OperationVariables> {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
}

/**
 * Adds one node to a connection in a cached query's result, at the start or the end, unless it is
 * already there (a live event and a mutation's reply, or catch-up and the first page, can bring the
 * same one twice) or the query is not in the cache. Returns whether it was added.
 */
export function insertEdge<
  TData,
  TVariables extends OperationVariables,
  K extends ConnectionField<TData> & string,
>(
  cache: ApolloCache,
  list: CachedList<TData, TVariables>,
  field: K,
  edge: { __typename: string; node: NodeOf<TData, K> },
  at: 'start' | 'end',
): boolean {
  let added = false;
  cache.updateQuery<TData, TVariables>(list, (current) => {
    if (!current) return current;
    const connection = current[field as keyof typeof current] as Connection;
    if (connection.edges.some(({ node }) => node.id === edge.node.id)) return current;
    added = true;
    const inserted = { ...edge, cursor: '' };
    const edges =
      at === 'start' ? [inserted, ...connection.edges] : [...connection.edges, inserted];
    return { ...current, [field]: { ...connection, edges } };
  });
  return added;
}
