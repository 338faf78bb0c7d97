import { buildSchema, Kind, parse, print, visit } from 'graphql';

// Helpers for the security specs (unit and integration).

/** A small schema shaped like Village's (connections, lists, credential mutations) for unit specs. */
export const testSchema = buildSchema(`
  type Query {
    node(id: ID): Node
    nodes(first: Int! = 20, after: String): NodeConnection!
    tags: [String!]!
  }
  type Mutation {
    signIn(email: String!): Boolean!
    requestPasswordReset(email: String!): Boolean!
    rename(name: String!): Boolean!
  }
  type Subscription {
    nodeChanged(id: ID!): Node!
  }
  type NodeConnection {
    edges: [NodeEdge!]!
    pageInfo: PageInfo!
  }
  type NodeEdge {
    cursor: String!
    node: Node!
  }
  type PageInfo {
    hasNextPage: Boolean!
  }
  type Node {
    id: ID!
    name: String
    parent: Node
    children: [Node!]!
  }
`);

/** `{ node { parent { parent { … id } } } }` with `levels` fields in its deepest path. */
export function nestedQuery(levels: number): string {
  return `{ node ${'{ parent '.repeat(levels - 2)}{ id }${' }'.repeat(levels - 2)} }`;
}

/** What Apollo Client sends for a document: its own layout, and `__typename` in every selection set but the root. */
export function asApolloClientSends(text: string): string {
  return print(
    visit(parse(text), {
      SelectionSet: (node, _key, parent) =>
        parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION
          ? undefined
          : {
              ...node,
              selections: [
                ...node.selections,
                { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
              ],
            },
    }),
  );
}
