import { graphql } from '../../../gql';

export const HelpPostsQuery = graphql(`
  query HelpPosts(
    $kind: HelpPostKind
    $category: HelpCategory
    $areaCell: String
    $first: Int!
    $after: String
  ) {
    helpPosts(kind: $kind, category: $category, areaCell: $areaCell, first: $first, after: $after) {
      ...HelpPostConnectionFields
    }
  }
`);

/** New posts in one area cell, as they are posted: the board adds them at the top. */
export const HelpPostCreatedSubscription = graphql(`
  subscription HelpPostCreated($areaCell: String!) {
    helpPostCreated(areaCell: $areaCell) {
      ...HelpPostFields
    }
  }
`);

/** One post, for its page (where people respond). */
export const HelpPostQuery = graphql(`
  query HelpPost($id: ID!) {
    helpPost(id: $id) {
      ...HelpPostFields
    }
  }
`);
