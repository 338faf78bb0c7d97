import { graphql } from '../../../gql';

/** Everything the register page shows of one date. */
export const SessionRegisterFields = graphql(`
  fragment SessionRegisterFields on SessionRegister {
    id
    sessionId
    sessionTitle
    occursOn
    startsAt
    endsAt
    editable
    editableFrom
    editableUntil
    people {
      personId
      displayName
      waiting
      attended
      recordedHow
    }
    unnamedGoing
    unnamedCheckedIn
    guests
    total
    checkInCode {
      code
      validFrom
      validUntil
    }
  }
`);

export const SessionRegisterQuery = graphql(`
  query SessionRegister($sessionId: ID!, $occursOn: String!) {
    sessionRegister(sessionId: $sessionId, occursOn: $occursOn) {
      ...SessionRegisterFields
    }
  }
`);

export const MarkAttendedMutation = graphql(`
  mutation MarkAttended($sessionId: ID!, $occursOn: String!, $personId: ID!, $attended: Boolean!) {
    markAttended(
      sessionId: $sessionId
      occursOn: $occursOn
      personId: $personId
      attended: $attended
    ) {
      ...SessionRegisterFields
    }
  }
`);

export const SetHeadcountMutation = graphql(`
  mutation SetHeadcount($sessionId: ID!, $occursOn: String!, $guests: Int!) {
    setHeadcount(sessionId: $sessionId, occursOn: $occursOn, guests: $guests) {
      ...SessionRegisterFields
    }
  }
`);

export const OpenCheckInMutation = graphql(`
  mutation OpenCheckIn($sessionId: ID!, $occursOn: String!) {
    openCheckIn(sessionId: $sessionId, occursOn: $occursOn) {
      code
      validFrom
      validUntil
    }
  }
`);

/** Whether the viewer keeps this session's register: they organise its group, or are an admin. */
export const RegisterKeeperQuery = graphql(`
  query RegisterKeeper($id: ID!) {
    me {
      roles
      organising {
        id
      }
    }
    session(id: $id) {
      id
      group {
        id
      }
    }
  }
`);

/** Dates whose register can be kept now, the latest first. */
export const RegisterDatesQuery = graphql(`
  query RegisterDates($sessionId: ID!) {
    registerDates(sessionId: $sessionId) {
      occursOn
      startsAt
      endsAt
    }
  }
`);
