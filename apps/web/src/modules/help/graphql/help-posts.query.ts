import { graphql } from '../../../gql';

export const HelpPostsQuery = graphql(`
  query HelpPosts($kind: HelpPostKind, $category: HelpCategory, $first: Int!, $after: String) {
    helpPosts(kind: $kind, category: $category, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          category
          title
          description
          availability
          quantity
          createdAt
          authorGroup {
            id
            name
          }
          authorPerson {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
