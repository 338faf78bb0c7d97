import { graphql } from '../../../gql';

/** Returns the person as the account page shows them, so the cache updates it in place. */
export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: ProfileInput!) {
    updateMyProfile(input: $input) {
      ...MyProfile
    }
  }
`);
