import { graphql } from '../../../gql';

export const GroupsQuery = graphql(`
  query Groups($kind: GroupKind, $first: Int!, $after: String) {
    groups(kind: $kind, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          kind
          description
          languages
          memberCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
