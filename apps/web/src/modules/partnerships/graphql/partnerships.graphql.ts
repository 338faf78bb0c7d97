import { graphql } from '../../../gql';

export const GroupPartnershipsQuery = graphql(`
  query GroupPartnerships($id: ID!) {
    group(id: $id) {
      id
      name
      partnerships {
        id
        fromGroup {
          id
          name
        }
        toGroup {
          id
          name
        }
      }
    }
    me {
      organising {
        id
      }
    }
  }
`);

/** Proposals waiting for an answer: only asked for when the viewer organises the group. */
export const PendingPartnershipsQuery = graphql(`
  query PendingPartnerships($id: ID!) {
    group(id: $id) {
      id
      pendingPartnerships {
        id
        note
        fromGroup {
          id
          name
        }
        toGroup {
          id
          name
        }
      }
    }
  }
`);

/** Groups by name, wherever they meet: `groupSearch` needs a place to search from, this does not. */
export const PartnerSearchQuery = graphql(`
  query PartnerSearch($text: String!) {
    groups(search: $text, first: 8) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ProposePartnershipMutation = graphql(`
  mutation ProposePartnership($from: ID!, $to: ID!, $note: String!) {
    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {
      id
      status
    }
  }
`);

export const AcceptPartnershipMutation = graphql(`
  mutation AcceptPartnership($id: ID!) {
    acceptPartnership(id: $id) {
      id
      status
    }
  }
`);

export const DeclinePartnershipMutation = graphql(`
  mutation DeclinePartnership($id: ID!) {
    declinePartnership(id: $id) {
      id
      status
    }
  }
`);

export const EndPartnershipMutation = graphql(`
  mutation EndPartnership($id: ID!) {
    endPartnership(id: $id) {
      id
      status
    }
  }
`);
