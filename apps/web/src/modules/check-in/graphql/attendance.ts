import { graphql } from '../../../gql';

export const CheckInMutation = graphql(`
  mutation CheckIn($code: String!) {
    checkIn(code: $code) {
      id
      occursOn
      recordedHow
      session {
        id
        title
      }
    }
  }
`);

/** The dates I was at, newest first. */
export const MyAttendanceQuery = graphql(`
  query MyAttendance($first: Int!, $after: String) {
    myAttendance(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          occursOn
          recordedHow
          session {
            id
            title
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

export const DeleteMyAttendanceMutation = graphql(`
  mutation DeleteMyAttendance($id: ID!) {
    deleteMyAttendance(id: $id)
  }
`);
