import { graphql } from '../../../gql';

/** What the post form needs to know about me: my rough area, languages and the groups I organise. */
export const HelpFormContextQuery = graphql(`
  query HelpFormContext {
    me {
      person {
        id
        areaCell
        languages
      }
      organising {
        id
        name
      }
    }
  }
`);

export const CreateHelpPostMutation = graphql(`
  mutation CreateHelpPost($input: CreateHelpPostInput!) {
    createHelpPost(input: $input) {
      ...HelpPostFields
    }
  }
`);

export const MyHelpPostsQuery = graphql(`
  query MyHelpPosts($first: Int!, $after: String) {
    myHelpPosts(first: $first, after: $after) {
      ...HelpPostConnectionFields
    }
  }
`);

export const WithdrawHelpPostMutation = graphql(`
  mutation WithdrawHelpPost($id: ID!) {
    withdrawHelpPost(id: $id) {
      id
      status
    }
  }
`);
