import { graphql } from '../../../gql';

export const UpcomingSessionsQuery = graphql(`
  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {
    upcomingSessions(from: $from, days: $days, first: $first) {
      startsAt
      endsAt
      session {
        id
        title
        languages
        minAgeMonths
        maxAgeMonths
        costPence
        group {
          id
          name
        }
        space {
          id
          name
        }
      }
    }
  }
`);
