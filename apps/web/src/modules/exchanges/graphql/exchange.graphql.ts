import { graphql } from '../../../gql';

/** An exchange as its two sides see it. */
export const ExchangeFragment = graphql(`
  fragment ExchangeFields on Exchange {
    id
    status
    mySide
    givingSide
    agreedByPostSide
    agreedByResponder
    createdAt
    fulfilledAt
    cancelledAt
    myFeedbackGiven
    responder {
      id
      displayName
    }
    helpPost {
      id
      kind
      category
      title
      status
      authorGroup {
        id
        name
      }
      authorPerson {
        id
        displayName
      }
    }
    thanks {
      side
      message
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

/** A page of exchanges. */
export const ExchangeConnectionFragment = graphql(`
  fragment ExchangeConnectionFields on ExchangeConnection {
    edges {
      cursor
      node {
        ...ExchangeFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const MyExchangesQuery = graphql(`
  query MyExchanges($first: Int!, $after: String) {
    myExchanges(first: $first, after: $after) {
      ...ExchangeConnectionFields
    }
    liveCursor
  }
`);

/** The exchanges about one group's posts, for its organisers. */
export const GroupExchangesQuery = graphql(`
  query GroupExchanges($groupId: ID!, $first: Int!, $after: String) {
    groupExchanges(groupId: $groupId, first: $first, after: $after) {
      ...ExchangeConnectionFields
    }
  }
`);

export const ExchangeQuery = graphql(`
  query Exchange($id: ID!) {
    exchange(id: $id) {
      ...ExchangeFields
    }
    liveCursor
  }
`);

export const ExchangeMessageFragment = graphql(`
  fragment ExchangeMessageFields on ExchangeMessage {
    id
    body
    mine
    side
    sentAt
    moderation
    removalNote
    author {
      id
      displayName
    }
  }
`);

export const ExchangeMessagesQuery = graphql(`
  query ExchangeMessages($exchangeId: ID!, $first: Int!, $after: String) {
    exchangeMessages(exchangeId: $exchangeId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ExchangeMessageFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    liveCursor
  }
`);

export const RespondToHelpPostMutation = graphql(`
  mutation RespondToHelpPost($helpPostId: ID!, $message: String!) {
    respondToHelpPost(helpPostId: $helpPostId, message: $message) {
      ...ExchangeFields
    }
  }
`);

export const SendExchangeMessageMutation = graphql(`
  mutation SendExchangeMessage($exchangeId: ID!, $body: String!) {
    sendExchangeMessage(exchangeId: $exchangeId, body: $body) {
      ...ExchangeMessageFields
    }
  }
`);

export const AgreeToExchangeMutation = graphql(`
  mutation AgreeToExchange($exchangeId: ID!) {
    agreeToExchange(exchangeId: $exchangeId) {
      ...ExchangeFields
    }
  }
`);

export const MarkExchangeFulfilledMutation = graphql(`
  mutation MarkExchangeFulfilled($exchangeId: ID!) {
    markExchangeFulfilled(exchangeId: $exchangeId) {
      ...ExchangeFields
    }
  }
`);

export const CancelExchangeMutation = graphql(`
  mutation CancelExchange($exchangeId: ID!) {
    cancelExchange(exchangeId: $exchangeId) {
      ...ExchangeFields
    }
  }
`);

export const ThankForExchangeMutation = graphql(`
  mutation ThankForExchange($exchangeId: ID!, $message: String!) {
    thankForExchange(exchangeId: $exchangeId, message: $message) {
      side
      message
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const GiveExchangeFeedbackMutation = graphql(`
  mutation GiveExchangeFeedback(
    $exchangeId: ID!
    $feltWelcome: Boolean!
    $feltListenedTo: Boolean!
    $wouldMeetAgain: Boolean!
  ) {
    giveExchangeFeedback(
      exchangeId: $exchangeId
      feltWelcome: $feltWelcome
      feltListenedTo: $feltListenedTo
      wouldMeetAgain: $wouldMeetAgain
    )
  }
`);

/** New messages, and those missed since `since` (the conversation's liveCursor, or the last event's). */
export const ExchangeMessageAddedSubscription = graphql(`
  subscription ExchangeMessageAdded($exchangeId: ID!, $since: String) {
    exchangeMessageAdded(exchangeId: $exchangeId, since: $since) {
      cursor
      message {
        ...ExchangeMessageFields
      }
    }
  }
`);

export const ExchangeUpdatedSubscription = graphql(`
  subscription ExchangeUpdated($exchangeId: ID!, $since: String) {
    exchangeUpdated(exchangeId: $exchangeId, since: $since) {
      cursor
      exchange {
        ...ExchangeFields
      }
    }
  }
`);

/** Responses to my posts (and my groups'), as they arrive: my exchanges list grows live. */
export const HelpPostRespondedSubscription = graphql(`
  subscription HelpPostResponded($since: String) {
    helpPostResponded(since: $since) {
      cursor
      exchange {
        ...ExchangeFields
      }
    }
  }
`);
