import type { ResultOf } from '@graphql-typed-document-node/core';
import Redis from 'ioredis';
import { areaCellFor } from '@village/shared';
import { postHelp, startExchange, watch } from '../support/help-exchanges';
import { topics } from '../../src/realtime/topics';
import { createGroup } from '../support/factories';
import { startTestApi, subscribe, TestApi } from '../support/test-api';
import { graphql } from '../gql';

const NEAR_CELL = graphql(`
  subscription TwoProcessesNearCell($cell: String!) {
    helpPostsNear(areaCells: [$cell]) {
      helpPost {
        title
        createdAt
        authorGroup {
          id
        }
      }
    }
  }
`);

/** Waits (up to 5 s) until Redis says some process is subscribed to `channel`. */
async function subscribedOverRedis(channel: string): Promise<void> {
  const redis = new Redis(process.env['REDIS_URL']!);
  for (let i = 0; i < 100; i++) {
    const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (subscribers > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await redis.quit();
}

// Runs when REDIS_URL is set (CI sets it to the machine's Redis): two API instances sharing one
// database and one Redis behave as one service for subscribers.
describe('subscriptions across API processes over Redis', () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    first = await startTestApi({ redisUrl: process.env['REDIS_URL']! });
    second = await startTestApi({
      redisUrl: process.env['REDIS_URL']!,
      databaseUrl: first.databaseUrl,
    });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('delivers a post created through one API to a subscriber of the other', async () => {
    // A cell of this run's own: another run on the same Redis subscribed to a shared one would make
    // the NUMSUB wait below return before this API has subscribed.
    const cell = areaCellFor(50 + Math.random() * 5, -3 + Math.random() * 3);
    const organiser = await second.signUp('Redis Organiser');
    const group = await createGroup(organiser, { name: `Redis Group ${Date.now().toString(36)}` });
    const received: ResultOf<typeof NEAR_CELL>[] = [];
    const client = first.subscriptionClient();
    const stop = subscribe(
      client,
      NEAR_CELL,
      { cell },
      {
        next: (message) => void received.push(message.data!),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // Publish only once Redis confirms the first API has subscribed to the area's channel.
    await subscribedOverRedis(topics.helpPosted(cell));
    // No long run of digits: a post's text may not carry anything like a phone number.
    const title = 'Soup for new parents';
    const made = await organiser.gql(
      graphql(`
        mutation TwoProcessesCreateHelpPost($input: CreateHelpPostInput!) {
          createHelpPost(input: $input) {
            id
          }
        }
      `),
      {
        input: { kind: 'OFFER', category: 'FOOD', title, areaCell: cell, authorGroupId: group.id },
      },
    );
    expect(made.errors).toBeUndefined();
    for (let i = 0; i < 60 && !received.some((r) => r.helpPostsNear.helpPost.title === title); i++)
      await new Promise((r) => setTimeout(r, 50));
    stop();
    const mine = received
      .filter((r) => r.helpPostsNear.helpPost.title === title)
      .map((r) => r.helpPostsNear);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.helpPost.authorGroup).toEqual({ id: group.id });
    expect(new Date(mine[0]!.helpPost.createdAt).getTime()).toBeGreaterThan(0);
  });

  it('lets a subscriber that was away catch up through the other process, then continues live', async () => {
    // A random cell, so runs sharing this Redis never see each other's posts.
    const cell = areaCellFor(50 + Math.random() * 5, -3 + Math.random() * 3);
    const poster = await second.signUp('Redis Poster');
    const NEAR = graphql(`
      subscription TwoProcessesHelpPostsNear($cells: [String!], $since: String) {
        helpPostsNear(areaCells: $cells, since: $since) {
          cursor
          helpPost {
            title
          }
        }
      }
    `);
    const titles = (events: ResultOf<typeof NEAR>[]) =>
      events.map((event) => event.helpPostsNear.helpPost.title);
    const start = (
      await first.gql(
        graphql(`
          query TwoProcessesLiveCursor {
            liveCursor
          }
        `),
      )
    ).data!['liveCursor'];

    // Subscribed on the first process, posts made through the second.
    const before = await watch(first, NEAR, { cells: [cell], since: start });
    await postHelp(poster, { title: 'Cot', areaCell: cell });
    await before.until(1);
    before.stop();
    expect(titles(before.events)).toEqual(['Cot']);
    const cursor = before.events[0]!.helpPostsNear.cursor;

    // Away: Redis pub/sub delivers at most once, and this post is published to nobody.
    await postHelp(poster, { title: 'Baby bath', areaCell: cell });

    const after = await watch(first, NEAR, { cells: [cell], since: cursor });
    await after.until(1);
    // Now subscribed over Redis: the next post arrives live.
    await subscribedOverRedis(topics.helpPosted(cell));
    await postHelp(poster, { title: 'Sling', areaCell: cell });
    // A sentinel posted last: once it is here, a duplicate of 'Sling' or 'Baby bath' would be too.
    await postHelp(poster, { title: 'Sentinel', areaCell: cell });
    await after.until(3);
    after.stop();
    expect(after.errors).toEqual([]);
    expect(titles(after.events)).toEqual(['Baby bath', 'Sling', 'Sentinel']);
  });

  it('catches a conversation up through the other process, then carries it on live', async () => {
    const giver = await second.signUp('Redis Giver');
    const taker = await second.signUp('Redis Taker');
    const exchangeId = await startExchange(taker, (await postHelp(giver)).id);
    const SEND = graphql(`
      mutation TwoProcessesSendExchangeMessage($e: ID!, $b: String!) {
        sendExchangeMessage(exchangeId: $e, body: $b) {
          id
        }
      }
    `);
    const MESSAGES = graphql(`
      subscription TwoProcessesExchangeMessageAdded($e: ID!, $since: String) {
        exchangeMessageAdded(exchangeId: $e, since: $since) {
          cursor
          message {
            body
          }
        }
      }
    `);
    const bodies = (events: ResultOf<typeof MESSAGES>[]) =>
      events.map((event) => event.exchangeMessageAdded.message.body);
    const since = (
      await first.gql(
        graphql(`
          query TwoProcessesLiveCursor2 {
            liveCursor
          }
        `),
      )
    ).data!['liveCursor'];

    // Away: sent through the second process while the giver's socket on the first is down.
    await taker.gql(SEND, { e: exchangeId, b: 'Is it still free?' });
    await taker.gql(SEND, { e: exchangeId, b: 'I can come today.' });

    const conversation = await watch(first.as(giver.cookie), MESSAGES, { e: exchangeId, since });
    await conversation.until(2);
    await subscribedOverRedis(topics.exchangeMessage(exchangeId));
    await taker.gql(SEND, { e: exchangeId, b: 'On my way.' });
    // A sentinel sent last: once it is here, a duplicate of an earlier message would be too.
    await taker.gql(SEND, { e: exchangeId, b: 'Sentinel' });
    await conversation.until(4);
    conversation.stop();
    expect(conversation.errors).toEqual([]);
    expect(bodies(conversation.events)).toEqual([
      'Is it still free?',
      'I can come today.',
      'On my way.',
      'Sentinel',
    ]);
  });
});
