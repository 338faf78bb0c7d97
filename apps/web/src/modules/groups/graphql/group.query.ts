import { graphql } from '../../../gql';

export const GroupQuery = graphql(`
  query Group($id: ID!) {
    group(id: $id) {
      id
      name
      kind
      description
      languages
      memberCount
      website
      icalUrl
      sessions {
        ...SessionDetails
        icalUrl
        space {
          id
          name
          postcode
        }
      }
    }
  }
`);
