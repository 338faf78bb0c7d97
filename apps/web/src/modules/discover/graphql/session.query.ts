import { graphql } from '../../../gql';

/** One session's page: what a parent needs to decide, and the calendar feeds. */
export const SessionQuery = graphql(`
  query Session($id: ID!) {
    session(id: $id) {
      id
      title
      description
      languages
      minAgeMonths
      maxAgeMonths
      costPence
      capacity
      durationMinutes
      nextOccurrences(count: 5)
      recurrence
      startDate
      icalUrl
      group {
        id
        name
        kind
        icalUrl
      }
      space {
        ...SessionPlace
      }
    }
  }
`);
