import { graphql } from '../../../gql';

/** What a space's page needs to offer stewards and other organisers their tools. */
export const SpaceStewardshipQuery = graphql(`
  query SpaceStewardship($id: ID!) {
    space(id: $id) {
      id
      viewerIsSteward
    }
    me {
      organising {
        id
      }
    }
  }
`);

export const SpaceStewardsQuery = graphql(`
  query SpaceStewards($id: ID!) {
    space(id: $id) {
      id
      stewards {
        grantedAt
        person {
          id
          displayName
        }
      }
      stewardCandidates {
        id
        displayName
      }
    }
  }
`);

export const SpaceChangeProposalsQuery = graphql(`
  query SpaceChangeProposals($spaceId: ID!) {
    spaceChangeProposals(spaceId: $spaceId) {
      id
      status
      note
      decisionNote
      createdAt
      mine
      proposer {
        id
        displayName
      }
      changes {
        name
        kind
        address
        postcode
        latitude
        longitude
        accessibility
        openingHours {
          weekday
          opens
          closes
        }
      }
    }
  }
`);

/** What a steward can change about a space (the edit and suggest forms, and an edit's answer). */
export const SpaceEditableFieldsFragment = graphql(`
  fragment SpaceEditableFields on Space {
    id
    name
    kind
    address
    postcode
    latitude
    longitude
    accessibility
    openingHours {
      weekday
      opens
      closes
    }
  }
`);

/** A space's editable fields, for the edit and suggest forms. */
export const SpaceFormQuery = graphql(`
  query SpaceForm($id: ID!) {
    space(id: $id) {
      ...SpaceEditableFields
      viewerIsSteward
    }
  }
`);

export const CreateSpaceMutation = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
    }
  }
`);

export const UpdateSpaceMutation = graphql(`
  mutation UpdateSpace($id: ID!, $input: UpdateSpaceInput!) {
    updateSpace(id: $id, input: $input) {
      ...SpaceEditableFields
    }
  }
`);

export const ProposeSpaceChangeMutation = graphql(`
  mutation ProposeSpaceChange($spaceId: ID!, $input: UpdateSpaceInput!, $note: String!) {
    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {
      id
      status
    }
  }
`);

export const AcceptSpaceChangeMutation = graphql(`
  mutation AcceptSpaceChange($id: ID!) {
    acceptSpaceChange(id: $id) {
      id
      status
    }
  }
`);

export const DeclineSpaceChangeMutation = graphql(`
  mutation DeclineSpaceChange($id: ID!, $note: String!) {
    declineSpaceChange(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const GrantStewardshipMutation = graphql(`
  mutation GrantSpaceStewardship($spaceId: ID!, $personId: ID!) {
    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)
  }
`);

export const RevokeStewardshipMutation = graphql(`
  mutation RevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {
    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)
  }
`);

/** Whether the viewer organises a group: only organisers publish places. */
export const MyOrganisingQuery = graphql(`
  query MyOrganising {
    me {
      organising {
        id
      }
    }
  }
`);
