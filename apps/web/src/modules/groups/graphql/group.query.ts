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
      sessions {
        ...SessionDetails
        space {
          id
          name
          postcode
        }
      }
    }
  }
`);
