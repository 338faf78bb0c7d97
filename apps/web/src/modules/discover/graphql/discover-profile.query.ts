import { graphql } from '../../../gql';

/** What the discover page starts from for a signed-in parent: her area, languages, life stage. */
export const DiscoverProfileQuery = graphql(`
  query DiscoverProfile {
    me {
      person {
        ...MyProfile
      }
    }
  }
`);
