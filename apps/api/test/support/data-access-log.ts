import { graphql } from '../gql';

/** Who looked at my data and on what basis, as a spec reads its own log. */
export const MY_DATA_ACCESS_LOG = graphql(`
  query SupportMyDataAccessLog {
    me {
      dataAccessLog {
        edges {
          node {
            action
            basis
            actor {
              displayName
            }
          }
        }
      }
    }
  }
`);
