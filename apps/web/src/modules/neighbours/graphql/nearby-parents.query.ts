import { graphql } from '../../../gql';

/** Parents near an area cell at my stage who chose to be findable: a name, a band, a yes/no. */
export const NearbyParentsQuery = graphql(`
  query NearbyParents($near: NearInput!, $first: Int!, $after: String) {
    nearbyParents(near: $near, first: $first, after: $after) {
      edges {
        cursor
        node {
          distance
          sharesALanguage
          person {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      profileAsOf
    }
  }
`);
