import { graphql } from '../../../gql';

/** How often I have helped and been helped: private counts, shown to me on my account page. */
export const MyGivingQuery = graphql(`
  query MyGiving {
    me {
      person {
        id
        helpGiven
        helpReceived
      }
    }
  }
`);
