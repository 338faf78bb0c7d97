import { graphql } from '../../../gql';

export const SpaceQuery = graphql(`
  query Space($id: ID!) {
    space(id: $id) {
      id
      name
      kind
      address
      postcode
      latitude
      longitude
      accessibility
      openingHours {
        weekday
        opens
        closes
      }
      sessions {
        ...SessionDetails
        group {
          id
          name
        }
      }
    }
  }
`);
