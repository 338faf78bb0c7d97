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
    liveCursor
  }
`);

/**
 * New posts in the board's cells (without any, my area and its neighbours) and category, as they
 * are posted, and those missed since `since`: the board adds them at the top.
 */
export const HelpPostsNearSubscription = graphql(`
  subscription HelpPostsNear($areaCells: [String!], $categories: [HelpCategory!], $since: String) {
    helpPostsNear(areaCells: $areaCells, categories: $categories, since: $since) {
      cursor
      helpPost {
        ...HelpPostFields
      }
    }
  }
`);

/** One post, for its page (where people respond), and where the live log stands. */
export const HelpPostQuery = graphql(`
  query HelpPost($id: ID!) {
    helpPost(id: $id) {
      ...HelpPostFields
    }
    liveCursor
  }
`);

/** Status changes of posts in one cell: the cache updates each post it holds by id. */
export const HelpPostStatusChangedSubscription = graphql(`
  subscription HelpPostStatusChanged($areaCell: String!, $since: String) {
    helpPostStatusChanged(areaCell: $areaCell, since: $since) {
      cursor
      helpPost {
        id
        status
      }
    }
  }
`);
