import { graphql } from '../../../gql';

/** My own profile as the account page shows and edits it. */
export const MyProfileFragment = graphql(`
  fragment MyProfile on Person {
    id
    displayName
    areaCell
    languages
    suitableWeekdays
    lifeStage {
      expecting
      dueMonth
      childAgesMonths
    }
  }
`);
