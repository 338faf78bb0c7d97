import { graphql } from '../../../gql';

/** What a session card shows, wherever sessions are listed. */
export const SessionDetails = graphql(`
  fragment SessionDetails on Session {
    id
    title
    description
    languages
    minAgeMonths
    maxAgeMonths
    costPence
    durationMinutes
    nextOccurrences(count: 3)
  }
`);
