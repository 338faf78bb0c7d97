import { graphql } from '../../../gql';

/** Suggestions for my own open post, each with why, for "Who might fit" on its page. */
export const HelpPostMatchesQuery = graphql(`
  query HelpPostMatches($id: ID!, $first: Int!) {
    helpPostMatches(id: $id, first: $first) {
      score
      distance
      reasons {
        kind
        text
      }
      post {
        ...HelpPostFields
      }
    }
  }
`);
