import { graphql } from '../../../gql';

/** What a group's form starts from when editing it. */
export const GroupFormFields = graphql(`
  fragment GroupFormFields on Group {
    id
    slug
    name
    kind
    description
    languages
    website
    archivedAt
    viewerRole
  }
`);

export const EditGroupQuery = graphql(`
  query EditGroup($slug: String!) {
    group(slug: $slug) {
      ...GroupFormFields
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupFormFields
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {
    updateGroup(id: $id, input: $input) {
      ...GroupFormFields
    }
  }
`);

export const ArchiveGroupMutation = graphql(`
  mutation ArchiveGroup($id: ID!) {
    archiveGroup(id: $id) {
      id
      archivedAt
    }
  }
`);

export const UnarchiveGroupMutation = graphql(`
  mutation UnarchiveGroup($id: ID!) {
    unarchiveGroup(id: $id) {
      id
      archivedAt
    }
  }
`);

/** Whether I may see organisers my details, for the sentence beside "Join". */
export const JoiningPrivacyQuery = graphql(`
  query JoiningPrivacy {
    me {
      person {
        id
      }
      consents {
        id
        kind
        inForce
      }
    }
  }
`);

export const JoinGroupMutation = graphql(`
  mutation JoinGroup($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      id
      role
    }
  }
`);

export const LeaveGroupMutation = graphql(`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

/** Everything the organiser panel shows; only a group's organisers may read it. */
export const OrganiserPanelQuery = graphql(`
  query OrganiserPanel($id: ID!) {
    group(id: $id) {
      id
      memberCount
      organisers {
        id
        displayName
      }
      openInvitations {
        id
        createdAt
        expiresAt
      }
      sessions {
        id
        title
        nextOccurrences(count: 1)
        occurrences(count: 1, includeCancelled: false) {
          occursOn
          goingCount
          waitingCount
        }
      }
    }
    groupMembers(groupId: $id, first: 50) {
      edges {
        node {
          id
          displayName
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const InviteCoOrganiserMutation = graphql(`
  mutation InviteCoOrganiser($groupId: ID!) {
    inviteCoOrganiser(groupId: $groupId) {
      token
      invitation {
        id
        createdAt
        expiresAt
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeCoOrganiserInvitation($id: ID!) {
    revokeCoOrganiserInvitation(id: $id)
  }
`);

export const RemoveOrganiserMutation = graphql(`
  mutation RemoveOrganiser($groupId: ID!, $personId: ID!) {
    removeOrganiser(groupId: $groupId, personId: $personId)
  }
`);

export const InvitationQuery = graphql(`
  query CoOrganiserInvitation($token: String!) {
    coOrganiserInvitation(token: $token) {
      expiresAt
      alreadyOrganiser
      group {
        id
        slug
        name
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptCoOrganiserInvitation($token: String!) {
    acceptCoOrganiserInvitation(token: $token) {
      id
      role
    }
  }
`);
