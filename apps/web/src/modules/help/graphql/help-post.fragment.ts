import { graphql } from '../../../gql';

/** A help post as the board, my posts and the post page show it. */
export const HelpPostFragment = graphql(`
  fragment HelpPostFields on HelpPost {
    id
    kind
    category
    title
    description
    availability
    availabilitySlots {
      weekday
      partOfDay
    }
    languages
    quantity
    expiresAt
    status
    moderation
    removalNote
    areaCell
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
`);

/** A page of help posts. */
export const HelpPostConnectionFragment = graphql(`
  fragment HelpPostConnectionFields on HelpPostConnection {
    edges {
      cursor
      node {
        ...HelpPostFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
