import { subscriptionInPlace, subscriptionsMark } from './subscriptions-in-place';
import type { Caller, GraphQLResponse } from './test-api';

/** Builders and steps for help posts and exchanges, through the public API as a client would. */
export const CELL = '8819429a9dfffff';

export const EXCHANGE_FIELDS = `id status agreedByPostSide agreedByResponder fulfilledAt cancelledAt
  helpPost { id status } responder { displayName }`;

export async function postHelp(
  author: Caller,
  input: Record<string, unknown> = {},
): Promise<{ id: string; status: string; moderation: string }> {
  const result = await author.gql(
    `mutation ($input: CreateHelpPostInput!) { createHelpPost(input: $input) { id status moderation } }`,
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
    `mutation ($p: ID!, $m: String!) { respondToHelpPost(helpPostId: $p, message: $m) { ${EXCHANGE_FIELDS} } }`,
    { p: helpPostId, m: message },
  );
}

/** Responds and returns the new exchange's id, failing loudly if the API refused. */
export async function startExchange(caller: Caller, helpPostId: string): Promise<string> {
  const result = await respond(caller, helpPostId);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['respondToHelpPost'].id;
}

export const SEND_MESSAGE = `mutation ($e: ID!, $b: String!) {
  sendExchangeMessage(exchangeId: $e, body: $b) { id moderation } }`;

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

export function step(caller: Caller, mutation: ExchangeStep, exchangeId: string) {
  return caller.gql(`mutation ($e: ID!) { ${mutation}(exchangeId: $e) { ${EXCHANGE_FIELDS} } }`, {
    e: exchangeId,
  });
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
    .gql(`query ($id: ID!) { helpPost(id: $id) { status } }`, { id })
    .then((result) => result.data?.['helpPost']?.status as string | undefined);
}

export const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

/** A live subscription's events and errors, collected as they arrive. */
export interface Watch {
  events: any[];
  errors: any[];
  /**
   * Waits until at least `count` events or an error have arrived: up to 10 s, generous for a loaded
   * machine; a test that expects nothing more waits for a sentinel event, never for this to run out.
   */
  until(count: number): Promise<void>;
  stop(): void;
}

export async function watch(
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Watch> {
  const client = caller.subscriptionClient();
  const events: any[] = [];
  const errors: any[] = [];
  let ended = (): void => undefined;
  const endedPromise = new Promise<void>((resolve) => (ended = resolve));
  const mark = subscriptionsMark();
  const stop = client.subscribe(
    { query, variables },
    {
      next: (message) =>
        void (message.errors ? errors.push(...message.errors) : events.push(message.data)),
      // graphql-ws reports a refused operation as a list of errors.
      error: (error) => {
        errors.push(...(Array.isArray(error) ? error : [error]));
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
