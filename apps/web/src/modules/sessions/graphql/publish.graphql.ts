import { graphql } from '../../../gql';

/** The groups the signed-in person organises: who may publish and change sessions. */
export const OrganisingQuery = graphql(`
  query PublishOrganising {
    me {
      person {
        id
      }
      organising {
        id
        name
      }
    }
  }
`);

/** A session as its form edits it. */
export const SessionToEditQuery = graphql(`
  query PublishSessionToEdit($id: ID!) {
    session(id: $id) {
      id
      title
      description
      recurrence
      startDate
      startTime
      durationMinutes
      minAgeMonths
      maxAgeMonths
      languages
      costPence
      capacity
      group {
        id
        name
      }
      space {
        id
        name
        address
      }
    }
  }
`);

export const CreateSessionMutation = graphql(`
  mutation PublishCreateSession($input: CreateSessionInput!) {
    createSession(input: $input) {
      id
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation PublishUpdateSession($id: ID!, $input: UpdateSessionInput!) {
    updateSession(id: $id, input: $input) {
      id
      title
      description
      recurrence
      startDate
      startTime
      durationMinutes
      minAgeMonths
      maxAgeMonths
      languages
      costPence
      capacity
    }
  }
`);

export const DeleteSessionMutation = graphql(`
  mutation PublishDeleteSession($id: ID!) {
    deleteSession(id: $id)
  }
`);

/** Spaces by name, for choosing where a session happens. */
export const SpacesByNameQuery = graphql(`
  query PublishSpacesByName($search: String!) {
    spaces(search: $search, first: 8) {
      edges {
        node {
          id
          name
          address
          postcode
        }
      }
    }
  }
`);

export const CreateSpaceMutation = graphql(`
  mutation PublishCreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      name
      address
      postcode
    }
  }
`);

/** One date of a session, as the dates page and the session page show it. */
export const SessionDateFragment = graphql(`
  fragment PublishSessionDate on SessionOccurrence {
    occursOn
    startsAt
    endsAt
    cancelled
    cancellationReason
    movedFrom
  }
`);

/** A session's next dates, cancelled ones included, with who may change them. */
export const SessionDatesQuery = graphql(`
  query PublishSessionDates($id: ID!, $count: Int!) {
    session(id: $id) {
      id
      title
      startTime
      durationMinutes
      group {
        id
      }
      occurrences(count: $count) {
        ...PublishSessionDate
      }
    }
  }
`);

export const CancelSessionDateMutation = graphql(`
  mutation PublishCancelSessionDate($sessionId: ID!, $occursOn: String!, $reason: String!) {
    cancelSessionDate(sessionId: $sessionId, occursOn: $occursOn, reason: $reason) {
      ...PublishSessionDate
    }
  }
`);

export const RestoreSessionDateMutation = graphql(`
  mutation PublishRestoreSessionDate($sessionId: ID!, $occursOn: String!) {
    restoreSessionDate(sessionId: $sessionId, occursOn: $occursOn) {
      ...PublishSessionDate
    }
  }
`);

export const MoveSessionDateMutation = graphql(`
  mutation PublishMoveSessionDate(
    $sessionId: ID!
    $occursOn: String!
    $toDate: String!
    $toTime: String!
  ) {
    moveSessionDate(sessionId: $sessionId, occursOn: $occursOn, toDate: $toDate, toTime: $toTime) {
      ...PublishSessionDate
    }
  }
`);

export const ChangeSessionTimeMutation = graphql(`
  mutation PublishChangeSessionTime(
    $sessionId: ID!
    $fromDate: String!
    $startTime: String!
    $durationMinutes: Int
  ) {
    changeSessionTimeFrom(
      sessionId: $sessionId
      fromDate: $fromDate
      startTime: $startTime
      durationMinutes: $durationMinutes
    ) {
      id
      startTime
      durationMinutes
    }
  }
`);
