import { graphql } from '../../../gql';

/** Sessions suggested to the signed-in parent, with why (docs/social-graph.md#suggestions-that-build-bridges). */
export const SuggestedSessionsQuery = graphql(`
  query SuggestedSessions($first: Int!) {
    suggestedSessions {
      needs
      weighedTies
      items(first: $first) {
        match {
          ...SessionSearchResultDetails
        }
        reasons {
          kind
          detail
        }
      }
    }
  }
`);
