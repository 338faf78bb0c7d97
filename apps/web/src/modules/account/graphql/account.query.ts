import { graphql } from '../../../gql';

/** Everything the account page shows: my profile and where I am signed in. */
export const AccountQuery = graphql(`
  query Account {
    me {
      email
      person {
        ...MyProfile
      }
      sessions {
        id
        userAgent
        createdAt
        lastSeenAt
        current
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
