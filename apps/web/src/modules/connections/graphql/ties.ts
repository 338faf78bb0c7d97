import { graphql } from '../../../gql';

export const MyTieFields = graphql(`
  fragment MyTieFields on MyTie {
    id
    provenance
    weight
    fades
    active
    hidden
    reasons {
      kind
      count
      sessionId
      sessionTitle
      groupName
      lastOn
      lastAt
    }
    other {
      __typename
      ... on Person {
        id
        displayName
      }
      ... on Group {
        id
        name
      }
    }
  }
`);

/** My ties, most recently seen first: the shown ones, or the ones I hid. */
export const MyTiesQuery = graphql(`
  query MyTies($hidden: Boolean!, $first: Int!, $after: String) {
    myTies(hidden: $hidden, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MyTieFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const HideTieMutation = graphql(`
  mutation HideTie($id: ID!) {
    hideTie(id: $id) {
      ...MyTieFields
    }
  }
`);

export const UnhideTieMutation = graphql(`
  mutation UnhideTie($id: ID!) {
    unhideTie(id: $id) {
      ...MyTieFields
    }
  }
`);

export const RemoveTieMutation = graphql(`
  mutation RemoveTie($id: ID!) {
    removeTie(id: $id)
  }
`);
