import type { Caller, GraphQLResponse } from './test-api';

/** Builders and steps for help posts and exchanges, through the public API as a client would. */
export const CELL = '8819429a9dfffff';

export const EXCHANGE_FIELDS = `id status agreedByPostSide agreedByResponder fulfilledAt cancelledAt
  helpPost { id status } responder { displayName }`;

export async function postHelp(
  author: Caller,
  input: Record<string, unknown> = {},
): Promise<{ id: string; status: string }> {
  const result = await author.gql(
    `mutation ($input: CreateHelpPostInput!) { createHelpPost(input: $input) { id status } }`,
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
