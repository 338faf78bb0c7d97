import { gql, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { insertEdge } from './insert-edge';

interface Item {
  id: string;
  name: string;
}

const ITEMS: TypedDocumentNode<
  { items: { edges: Array<{ cursor: string; node: Item }> } },
  { first: number }
> = gql`
  query Items($first: Int!) {
    items(first: $first) {
      edges {
        cursor
        node {
          id
          name
        }
      }
    }
  }
`;

const item = (id: string) => ({ __typename: 'Item', id, name: `Item ${id}` });
const list = { query: ITEMS, variables: { first: 10 } };

function cacheWith(...ids: string[]) {
  const cache = new InMemoryCache();
  cache.writeQuery({
    ...list,
    data: {
      items: {
        __typename: 'ItemConnection',
        edges: ids.map((id) => ({ __typename: 'ItemEdge', cursor: id, node: item(id) })),
      },
    } as never,
  });
  return cache;
}

const ids = (cache: InMemoryCache) =>
  cache.readQuery(list)?.items.edges.map((edge) => edge.node.id);

describe('insertEdge', () => {
  it('adds a node at the start or the end, and says it did', () => {
    const cache = cacheWith('b');
    expect(
      insertEdge(cache, list, 'items', { __typename: 'ItemEdge', node: item('a') }, 'start'),
    ).toBe(true);
    expect(
      insertEdge(cache, list, 'items', { __typename: 'ItemEdge', node: item('c') }, 'end'),
    ).toBe(true);
    expect(ids(cache)).toEqual(['a', 'b', 'c']);
  });

  it('adds a node already listed only once', () => {
    const cache = cacheWith('a', 'b');
    expect(
      insertEdge(cache, list, 'items', { __typename: 'ItemEdge', node: item('b') }, 'start'),
    ).toBe(false);
    expect(ids(cache)).toEqual(['a', 'b']);
  });

  it('leaves a query that is not cached alone', () => {
    const cache = new InMemoryCache();
    expect(
      insertEdge(cache, list, 'items', { __typename: 'ItemEdge', node: item('a') }, 'end'),
    ).toBe(false);
    expect(cache.readQuery(list)).toBeNull();
  });
});
