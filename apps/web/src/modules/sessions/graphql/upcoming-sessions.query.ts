import { graphql } from '../../../gql';

export const UpcomingSessionsQuery = graphql(`
  query UpcomingSessions($days: Int!, $first: Int!) {
    upcomingSessions(days: $days, first: $first) {
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
