import { graphql } from '../../../gql';

/** Who is signed in, as the header shows them: what signing in or up answers with too. */
export const ViewerFragment = graphql(`
  fragment ViewerFields on Me {
    email
    person {
      id
      displayName
    }
  }
`);

/** Who is signed in, for the header and the pages that need an account; null when nobody is. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);
