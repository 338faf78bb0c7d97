import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import {
  AccessWorld,
  buildAccessWorld,
  dataOf,
  ROLES,
  Role,
  SECRETS,
  sensitiveEntries,
} from './support/access-world';
import { postHelp, sendMessage, startExchange, step } from './support/help-exchanges';
import { subscribe } from './support/test-api';
import { graphql } from './gql';
import {
  ANALYTICS_LIVE_DOCUMENT,
  analyticsLiveCase,
  analyticsSnapshotId,
  setUpAnalyticsMatrix,
} from './support/matrix-analytics';

/**
 * Every subscription whose policy can refuse someone (docs/access.md), as every role over
 * graphql-ws: refused roles get the refusal and no event; allowed roles get exactly their event.
 */
let world: AccessWorld;
/** An exchange made after `since`: replaying from there gives its events first, in order. */
let exchangeId: string;
let since: string;

beforeAll(async () => {
  world = await buildAccessWorld();
  const { members, groupId } = world;
  since = dataOf(
    await world.api.gql(
      graphql(`
        query AccessMatrixLiveLiveCursor {
          liveCursor
        }
      `),
    ),
    'liveCursor',
  )['liveCursor'];
  const post = await postHelp(members['organiser of their group'], {
    authorGroupId: groupId,
    title: 'High chair',
  });
  exchangeId = await startExchange(members.self, post.id);
  dataOf(
    await step(members['organiser of their group'], 'agreeToExchange', exchangeId),
    'agreeToExchange',
  );
  await sendMessage(members['organiser of their group'], exchangeId, 'See you at ten.');
  await setUpAnalyticsMatrix(world);
});
afterAll(() => world.api.close());

interface LiveCase {
  policy: string;
  allowed: readonly Role[];
  /** Starts the subscription on a role's client and waits for what it yields first. */
  watch: (client: Client) => Promise<First>;
  /** Exactly the first event an allowed role gets. */
  data: (role: Role) => unknown;
  refusalCode?: (role: Role) => string;
  /** For streams without `since`: makes the event, again until every allowed role has it. */
  trigger?: () => Promise<unknown>;
}

interface First {
  data: unknown;
  codes: unknown[];
}

/** The first thing a subscription yields: its first event, or its refusal. */
function firstOf<Result, Variables>(
  client: Client,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<First> {
  return new Promise((resolve) => {
    const stop = subscribe(client, document, variables, {
      next: (message) => {
        stop();
        resolve({
          data: message.data ?? null,
          codes: (message.errors ?? []).map((error) => error.extensions?.['code']),
        });
      },
      error: (errors) => {
        const list = Array.isArray(errors) ? errors : [errors];
        resolve({
          data: null,
          codes: list.map(
            (error) => (error as { extensions?: { code?: string } }).extensions?.code,
          ),
        });
      },
      complete: () => undefined,
    });
  });
}

/** Publishes until every subscriber has its first event: a subscription's start is not observable. */
async function deliverTo(pending: Promise<unknown>[], trigger: () => Promise<unknown>) {
  let done = false;
  const all = Promise.all(pending).then(() => {
    done = true;
  });
  for (let attempt = 0; attempt < 50 && !done; attempt++) {
    await trigger();
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  await all;
}

const defaultCode = (role: Role) => (role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
const PARTIES: Role[] = ['self', 'organiser of their group'];

const cases = (): Record<string, LiveCase> => ({
  'Subscription.exchangeMessageAdded': {
    policy: "ExchangeParty(the conversation of the exchange in 'exchangeId')",
    allowed: PARTIES,
    watch: (client) =>
      firstOf(
        client,
        graphql(`
          subscription AccessMatrixLiveExchangeMessageAdded($e: ID!, $since: String) {
            exchangeMessageAdded(exchangeId: $e, since: $since) {
              message {
                body
                author {
                  displayName
                }
              }
            }
          }
        `),
        { e: exchangeId, since },
      ),
    data: () => ({
      exchangeMessageAdded: {
        // The answer that opened the exchange is not a live event; the first message after it is.
        message: { body: 'See you at ten.', author: { displayName: 'Organiser O.' } },
      },
    }),
  },
  'Subscription.exchangeUpdated': {
    policy: "ExchangeParty(the exchange in 'exchangeId' or 'id')",
    allowed: PARTIES,
    watch: (client) =>
      firstOf(
        client,
        graphql(`
          subscription AccessMatrixLiveExchangeUpdated($e: ID!, $since: String) {
            exchangeUpdated(exchangeId: $e, since: $since) {
              exchange {
                status
                agreedByPostSide
                agreedByResponder
              }
            }
          }
        `),
        { e: exchangeId, since },
      ),
    data: () => ({
      exchangeUpdated: {
        exchange: { status: 'OPEN', agreedByPostSide: true, agreedByResponder: false },
      },
    }),
  },
  'Subscription.personUpdated': {
    policy: "PersonProfile(the person in 'id')",
    allowed: ['self', 'organiser of their group', 'worker with consent'],
    watch: (client) =>
      firstOf(
        client,
        graphql(`
          subscription AccessMatrixLivePersonUpdatedCase($id: ID!) {
            personUpdated(id: $id) {
              displayName
              languages
              canOffer
            }
          }
        `),
        { id: world.members.self.personId },
      ),
    data: () => ({
      personUpdated: { displayName: 'Subject S.', languages: ['ur', 'en'], canOffer: ['COOKING'] },
    }),
    // The lead may see anyone only with a stated reason, which a live view has no room for.
    refusalCode: (role) => (role === 'safeguarding lead' ? 'BAD_USER_INPUT' : defaultCode(role)),
    trigger: () =>
      world.members.self.gql(
        graphql(`
          mutation AccessMatrixLiveUpdateMyProfile {
            updateMyProfile(input: { languages: ["ur", "en"] }) {
              id
            }
          }
        `),
      ),
  },
  'Subscription.safeguardingConcernRaised': {
    policy: 'SafeguardingLead',
    allowed: ['safeguarding lead'],
    watch: (client) =>
      firstOf(
        client,
        graphql(`
          subscription AccessMatrixLiveSafeguardingConcernRaised {
            safeguardingConcernRaised {
              concern
              aboutPerson {
                displayName
              }
            }
          }
        `),
        {},
      ),
    data: () => ({
      safeguardingConcernRaised: {
        concern: 'Worried about the subject again.',
        aboutPerson: { displayName: 'Subject S.' },
      },
    }),
    trigger: () =>
      world.members['other member'].gql(
        graphql(`
          mutation AccessMatrixLiveRaiseSafeguardingConcern(
            $input: RaiseSafeguardingConcernInput!
          ) {
            raiseSafeguardingConcern(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            aboutPersonId: world.members.self.personId,
            concern: 'Worried about the subject again.',
          },
        },
      ),
  },
  'Subscription.socialGraphAnalysisChanged': analyticsLiveCase((client) =>
    firstOf(client, ANALYTICS_LIVE_DOCUMENT, { id: analyticsSnapshotId() }),
  ),
});

describe('who may watch what live, for every role', () => {
  it('has a case for every subscription of the reviewed table whose policy can refuse, written for that policy', () => {
    const written = Object.fromEntries(
      Object.entries(cases()).map(([coordinate, { policy }]) => [coordinate, policy]),
    );
    expect(written).toEqual(
      Object.fromEntries(sensitiveEntries((coordinate) => coordinate.startsWith('Subscription.'))),
    );
  });

  for (const coordinate of Object.keys(cases())) {
    it(`lets exactly the allowed roles watch ${coordinate}, and gives them exactly their event`, async () => {
      const entry = cases()[coordinate]!;
      const firsts = ROLES.map((role) => entry.watch(world.callers[role].subscriptionClient()));
      if (entry.trigger)
        await deliverTo(
          firsts.filter((_, index) => entry.allowed.includes(ROLES[index]!)),
          entry.trigger,
        );
      const results = await Promise.all(firsts);
      ROLES.forEach((role, index) => {
        const seen = { role, ...results[index]! };
        if (entry.allowed.includes(role)) {
          expect(seen).toEqual({ role, data: entry.data(role), codes: [] });
        } else {
          expect({ ...seen, codes: [...new Set(seen.codes)] }).toEqual({
            role,
            data: null,
            codes: [(entry.refusalCode ?? defaultCode)(role)],
          });
          expect(JSON.stringify(seen.data)).not.toMatch(SECRETS);
        }
      });
    });
  }

  // Runs last: it withdraws the subject's consent to the organisation's workers.
  it('ends access at once when consent is withdrawn, including an open live view', async () => {
    const { members, organisationId } = world;
    const worker = members['worker with consent'];
    const events: {
      data?: unknown;
      errors?: readonly { extensions?: Record<string, unknown> }[];
    }[] = [];
    let received!: () => void;
    const first = new Promise<void>((resolve) => (received = resolve));
    const ended = new Promise<void>((resolve) => {
      subscribe(
        worker.subscriptionClient(),
        graphql(`
          subscription AccessMatrixLivePersonUpdated($id: ID!) {
            personUpdated(id: $id) {
              displayName
            }
          }
        `),
        { id: members.self.personId },
        {
          next: (event) => {
            events.push(event);
            received();
          },
          error: () => resolve(),
          complete: () => resolve(),
        },
      );
    });
    await deliverTo([first], () =>
      members.self.gql(
        graphql(`
          mutation AccessMatrixLiveUpdateMyProfile2 {
            updateMyProfile(input: { languages: ["ur"] }) {
              id
            }
          }
        `),
      ),
    );
    expect(events[0]).toEqual({ data: { personUpdated: { displayName: 'Subject S.' } } });

    const consents = dataOf(
      await members.self.gql(
        graphql(`
          query AccessMatrixLiveMe {
            me {
              consents {
                id
                kind
                inForce
              }
            }
          }
        `),
      ),
      'me',
    )['me']!.consents;
    const support = consents.find(
      (consent) => consent.kind === 'SUPPORTED_BY_ORGANISATION' && consent.inForce,
    )!;
    dataOf(
      await members.self.gql(
        graphql(`
          mutation AccessMatrixLiveWithdrawConsent($id: ID!) {
            withdrawConsent(id: $id) {
              inForce
            }
          }
        `),
        {
          id: support.id,
        },
      ),
      'withdrawConsent',
    );
    await ended;
    expect(events.at(-1)?.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const after = await worker.gql(
      graphql(`
        query AccessMatrixLivePerson($id: ID!) {
          person(id: $id) {
            displayName
          }
        }
      `),
      {
        id: members.self.personId,
      },
    );
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const caseload = await worker.gql(
      graphql(`
        query AccessMatrixLiveCaseload($id: ID!) {
          caseload(organisationId: $id) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { id: organisationId },
    );
    expect(caseload.data).toEqual({ caseload: { edges: [] } });
  });
});
