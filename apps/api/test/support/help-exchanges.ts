import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { subscriptionInPlace, subscriptionsMark } from './subscriptions-in-place';
import type { Caller, GraphQLError, GraphQLResponse, VariablesArgument } from './test-api';
import { graphql } from '../gql';
import type { CreateHelpPostInput, ExchangeFieldsFragment } from '../gql/graphql';

/** Builders and steps for help posts and exchanges, through the public API as a client would. */
export const CELL = '8819429a9dfffff';

/** What the exchange specs read back from each exchange step. */
export const EXCHANGE_FIELDS = graphql(`
  fragment ExchangeFields on Exchange {
    id
    status
    agreedByPostSide
    agreedByResponder
    fulfilledAt
    cancelledAt
    helpPost {
      id
      status
    }
    responder {
      displayName
    }
  }
`);

export async function postHelp(
  author: Caller,
  input: Partial<CreateHelpPostInput> = {},
): Promise<{ id: string; status: string; moderation: string }> {
  const result = await author.gql(
    graphql(`
      mutation HelpExchangesCreateHelpPost($input: CreateHelpPostInput!) {
        createHelpPost(input: $input) {
          id
          status
          moderation
        }
      }
    `),
    {
      input: {
        kind: 'OFFER',
        category: 'BABY_ITEMS',
        title: 'Bag of baby clothes',
        areaCell: CELL,
        ...input,
      },
    },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['createHelpPost'];
}

export function respond(caller: Caller, helpPostId: string, message = 'Hello, could I help?') {
  return caller.gql(
    graphql(`
      mutation HelpExchangesRespondToHelpPost($p: ID!, $m: String!) {
        respondToHelpPost(helpPostId: $p, message: $m) {
          ...ExchangeFields
        }
      }
    `),
    { p: helpPostId, m: message },
  );
}

/** Responds and returns the new exchange's id, failing loudly if the API refused. */
export async function startExchange(caller: Caller, helpPostId: string): Promise<string> {
  const result = await respond(caller, helpPostId);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['respondToHelpPost'].id;
}

export const SEND_MESSAGE = graphql(`
  mutation HelpExchangesSendExchangeMessage($e: ID!, $b: String!) {
    sendExchangeMessage(exchangeId: $e, body: $b) {
      id
      moderation
    }
  }
`);

/** Sends a message in an exchange, failing loudly if the API refused. */
export async function sendMessage(
  caller: Caller,
  exchangeId: string,
  body: string,
): Promise<{ id: string; moderation: string }> {
  const result = await caller.gql(SEND_MESSAGE, { e: exchangeId, b: body });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['sendExchangeMessage'];
}

type ExchangeStep = 'agreeToExchange' | 'markExchangeFulfilled' | 'cancelExchange';

/** One document per step, each answering under the step's own name. */
export const EXCHANGE_STEPS: {
  [M in ExchangeStep]: TypedDocumentNode<Record<M, ExchangeFieldsFragment>, { e: string }>;
} = {
  agreeToExchange: graphql(`
    mutation HelpExchangesAgreeToExchange($e: ID!) {
      agreeToExchange(exchangeId: $e) {
        ...ExchangeFields
      }
    }
  `),
  markExchangeFulfilled: graphql(`
    mutation HelpExchangesMarkExchangeFulfilled($e: ID!) {
      markExchangeFulfilled(exchangeId: $e) {
        ...ExchangeFields
      }
    }
  `),
  cancelExchange: graphql(`
    mutation HelpExchangesCancelExchange($e: ID!) {
      cancelExchange(exchangeId: $e) {
        ...ExchangeFields
      }
    }
  `),
};

export function step<M extends ExchangeStep>(caller: Caller, mutation: M, exchangeId: string) {
  return caller.gql(EXCHANGE_STEPS[mutation], { e: exchangeId });
}

/** Both sides agree and one marks it fulfilled. */
export async function completeExchange(
  postSide: Caller,
  responder: Caller,
  exchangeId: string,
): Promise<void> {
  for (const [caller, mutation] of [
    [postSide, 'agreeToExchange'],
    [responder, 'agreeToExchange'],
    [responder, 'markExchangeFulfilled'],
  ] as const) {
    const result = await step(caller, mutation, exchangeId);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
  }
}

export function helpPostStatus(caller: Caller, id: string) {
  return caller
    .gql(
      graphql(`
        query HelpExchangesHelpPost($id: ID!) {
          helpPost(id: $id) {
            status
          }
        }
      `),
      { id },
    )
    .then((result) => result.data?.['helpPost']?.status);
}

export const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

/** A live subscription's events and errors, collected as they arrive. */
export interface Watch<Result> {
  events: Result[];
  /** GraphQL errors, or what graphql-ws reports when the socket closes (a close event's code). */
  errors: (GraphQLError & { code?: number; reason?: string })[];
  /**
   * Waits until at least `count` events or an error have arrived: up to 10 s, generous for a loaded
   * machine; a test that expects nothing more waits for a sentinel event, never for this to run out.
   */
  until(count: number): Promise<void>;
  stop(): void;
}

export async function watch<Result, Variables>(
  caller: Caller,
  document: TypedDocumentNode<Result, Variables>,
  ...[variables]: VariablesArgument<Variables>
): Promise<Watch<Result>> {
  const client = caller.subscriptionClient();
  const events: Result[] = [];
  const errors: Watch<Result>['errors'] = [];
  let ended = (): void => undefined;
  const endedPromise = new Promise<void>((resolve) => (ended = resolve));
  const mark = subscriptionsMark();
  const stop = client.subscribe(
    { query: print(document), variables: variables ?? {} },
    {
      // The API answers the document it was sent, so the event has the document's result type.
      next: (message) =>
        void (message.errors
          ? errors.push(...message.errors)
          : events.push(message.data as Result)),
      // graphql-ws reports a refused operation as a list of errors, a closed socket as its event.
      error: (error) => {
        errors.push(...((Array.isArray(error) ? error : [error]) as Watch<Result>['errors']));
        ended();
      },
      complete: ended,
    },
  );
  // Nothing is published before the API listens for it (or has refused the operation).
  await subscriptionInPlace(mark, endedPromise);
  return {
    events,
    errors,
    async until(count) {
      for (let i = 0; i < 200 && events.length < count && errors.length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
    stop,
  };
}
