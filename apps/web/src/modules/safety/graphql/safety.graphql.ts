import { graphql } from '../../../gql';

/** What the navigation needs to offer the moderation and safeguarding pages to who may use them. */
export const SafetyRolesQuery = graphql(`
  query SafetyRoles {
    me {
      roles
      organising {
        id
      }
    }
  }
`);

export const ReportHelpPostMutation = graphql(`
  mutation ReportHelpPost($helpPostId: ID!, $reason: ReportReason!, $details: String) {
    reportHelpPost(helpPostId: $helpPostId, reason: $reason, details: $details)
  }
`);

export const ReportExchangeMessageMutation = graphql(`
  mutation ReportExchangeMessage($messageId: ID!, $reason: ReportReason!, $details: String) {
    reportExchangeMessage(messageId: $messageId, reason: $reason, details: $details)
  }
`);

export const BlockPersonMutation = graphql(`
  mutation BlockPerson($personId: ID!) {
    blockPerson(personId: $personId)
  }
`);

export const UnblockPersonMutation = graphql(`
  mutation UnblockPerson($personId: ID!) {
    unblockPerson(personId: $personId)
  }
`);

export const BlockedPeopleQuery = graphql(`
  query BlockedPeople {
    blockedPeople {
      id
      displayName
    }
  }
`);

export const ModerationItemFragment = graphql(`
  fragment ModerationItemFields on ModerationItem {
    id
    subjectKind
    state
    createdAt
    text
    helpPost {
      id
      title
    }
    group {
      id
      name
    }
    screening {
      rule
      phrase
    }
    reports {
      id
      reason
      details
      status
      createdAt
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($first: Int!, $after: String) {
    moderationQueue(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ModerationItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReleaseModerationItemMutation = graphql(`
  mutation ReleaseModerationItem($id: ID!) {
    releaseModerationItem(id: $id) {
      ...ModerationItemFields
    }
  }
`);

export const RemoveModerationItemMutation = graphql(`
  mutation RemoveModerationItem($id: ID!, $note: String) {
    removeModerationItem(id: $id, note: $note) {
      ...ModerationItemFields
    }
  }
`);

export const DismissReportMutation = graphql(`
  mutation DismissReport($id: ID!) {
    dismissReport(id: $id) {
      ...ModerationItemFields
    }
  }
`);

export const MyConcernFragment = graphql(`
  fragment MyConcernFields on MySafeguardingConcern {
    id
    concern
    status
    createdAt
    updatedAt
  }
`);

export const RaiseSafeguardingConcernMutation = graphql(`
  mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {
    raiseSafeguardingConcern(input: $input) {
      ...MyConcernFields
    }
  }
`);

export const MySafeguardingConcernsQuery = graphql(`
  query MySafeguardingConcerns {
    mySafeguardingConcerns {
      ...MyConcernFields
    }
  }
`);

export const SafeguardingConcernFragment = graphql(`
  fragment SafeguardingConcernFields on SafeguardingConcern {
    id
    concern
    status
    leadNotes
    createdAt
    updatedAt
    message
    raisedBy {
      id
      displayName
    }
    aboutPerson {
      id
      displayName
    }
    helpPost {
      id
      title
    }
  }
`);

export const SafeguardingConcernsQuery = graphql(`
  query SafeguardingConcerns($status: SafeguardingConcernStatus, $first: Int!, $after: String) {
    safeguardingConcerns(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...SafeguardingConcernFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UpdateSafeguardingConcernMutation = graphql(`
  mutation UpdateSafeguardingConcern(
    $id: ID!
    $status: SafeguardingConcernStatus!
    $leadNotes: String
  ) {
    updateSafeguardingConcern(id: $id, status: $status, leadNotes: $leadNotes) {
      ...SafeguardingConcernFields
    }
  }
`);

/** New concerns as they are raised: the leads' page adds them at the top. */
export const SafeguardingConcernRaisedSubscription = graphql(`
  subscription SafeguardingConcernRaised {
    safeguardingConcernRaised {
      ...SafeguardingConcernFields
    }
  }
`);
