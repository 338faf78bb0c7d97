import { graphql } from '../../../gql';

export const GroupQuery = graphql(`
  query Group($id: ID, $slug: String) {
    group(id: $id, slug: $slug) {
      id
      slug
      name
      kind
      archivedAt
      viewerRole
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
