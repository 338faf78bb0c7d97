import { graphql } from '../../../gql';

/** Who else looked at or changed my data, newest first. */
export const DataAccessLogQuery = graphql(`
  query DataAccessLog($first: Int!, $after: String) {
    me {
      dataAccessLog(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            at
            action
            basis
            purpose
            actor {
              id
              displayName
            }
            viaGroup {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
