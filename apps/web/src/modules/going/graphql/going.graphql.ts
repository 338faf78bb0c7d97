import { graphql } from '../../../gql';

/** The next dates of a session with who is going; my own answer only when signed in. */
export const GoingDatesQuery = graphql(`
  query GoingDates($id: ID!, $signedIn: Boolean!) {
    session(id: $id) {
      id
      title
      capacity
      group {
        id
      }
      occurrences(count: 4, includeCancelled: false) {
        occursOn
        startsAt
        endsAt
        goingCount
        waitingCount
        placesLeft
        myRsvp @include(if: $signedIn) {
          occursOn
          status
          waitingPosition
          nameSharedWithOrganisers
        }
      }
    }
  }
`);

/** What I saved and which groups I organise (to show the organisers' view). */
export const GoingViewerQuery = graphql(`
  query GoingViewer {
    me {
      savedSessions {
        id
        title
      }
      organising {
        id
      }
    }
  }
`);

export const GoToSessionMutation = graphql(`
  mutation GoToSession($sessionId: ID!, $occursOn: String!, $share: Boolean!) {
    goToSession(sessionId: $sessionId, occursOn: $occursOn, shareNameWithOrganisers: $share) {
      occursOn
      status
      waitingPosition
      nameSharedWithOrganisers
    }
  }
`);

export const CancelGoingMutation = graphql(`
  mutation CancelGoing($sessionId: ID!, $occursOn: String!) {
    cancelGoing(sessionId: $sessionId, occursOn: $occursOn)
  }
`);

export const SaveSessionMutation = graphql(`
  mutation GoingSaveSession($sessionId: ID!) {
    saveSession(sessionId: $sessionId)
  }
`);

export const UnsaveSessionMutation = graphql(`
  mutation GoingUnsaveSession($sessionId: ID!) {
    unsaveSession(sessionId: $sessionId)
  }
`);

/** For the organisers: who is coming to one date (names only of those who shared them). */
export const SessionAttendeesQuery = graphql(`
  query SessionAttendees($sessionId: ID!, $occursOn: String!) {
    sessionAttendees(sessionId: $sessionId, occursOn: $occursOn) {
      occursOn
      goingCount
      waitingCount
      named {
        displayName
        status
      }
    }
  }
`);

export const MyUpcomingSessionsQuery = graphql(`
  query MyUpcomingSessions($first: Int!, $after: String) {
    myUpcomingSessions(first: $first, after: $after) {
      edges {
        cursor
        node {
          occursOn
          status
          waitingPosition
          cancelled
          session {
            id
            title
          }
          occurrence {
            startsAt
            endsAt
            cancellationReason
            movedFrom
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyCalendarFeedQuery = graphql(`
  query GoingMyCalendarFeed {
    me {
      hasCalendarFeed
    }
  }
`);

export const NewMyCalendarFeedMutation = graphql(`
  mutation GoingNewMyCalendarFeed {
    newMyCalendarFeed
  }
`);

export const EndMyCalendarFeedMutation = graphql(`
  mutation GoingEndMyCalendarFeed {
    endMyCalendarFeed
  }
`);
