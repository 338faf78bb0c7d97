import Redis from 'ioredis';
import { areaCellFor } from '@village/shared';
import { postHelp, watch } from '../support/help-exchanges';
import { topics } from '../../src/realtime/topics';
import { createGroup } from '../support/factories';
import { startTestApi, TestApi } from '../support/test-api';

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
    // A cell of its own, so parallel runs on the same Redis do not see each other's posts.
    const cell = '8819429a9dfffff';
    const organiser = await second.signUp('Redis Organiser');
    const group = await createGroup(organiser, { name: `Redis Group ${Date.now()}` });
    const received: unknown[] = [];
    const client = first.subscriptionClient();
    const stop = client.subscribe(
      {
        query: `subscription ($cell: String!) { helpPostCreated(areaCell: $cell) { title createdAt authorGroup { id } } }`,
        variables: { cell },
      },
      {
        next: (message) => received.push(message.data),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // Publish only once Redis confirms the first API has subscribed to the area's channel.
    await subscribedOverRedis(topics.helpPosted(cell));
    const title = `Soup for new parents ${Date.now()}`;
    await organiser.gql(
      `mutation ($input: CreateHelpPostInput!) { createHelpPost(input: $input) { id } }`,
      {
        input: { kind: 'OFFER', category: 'FOOD', title, areaCell: cell, authorGroupId: group.id },
      },
    );
    for (let i = 0; i < 60 && !received.some((r: any) => r.helpPostCreated.title === title); i++)
      await new Promise((r) => setTimeout(r, 50));
    stop();
    const mine = received.filter((r: any) => r.helpPostCreated.title === title) as any[];
    expect(mine).toHaveLength(1);
    expect(mine[0].helpPostCreated.authorGroup).toEqual({ id: group.id });
    expect(new Date(mine[0].helpPostCreated.createdAt).getTime()).toBeGreaterThan(0);
  });

  it('lets a subscriber that was away catch up through the other process, then continues live', async () => {
    // A random cell, so runs sharing this Redis never see each other's posts.
    const cell = areaCellFor(50 + Math.random() * 5, -3 + Math.random() * 3);
    const poster = await second.signUp('Redis Poster');
    const NEAR = `subscription ($cells: [String!], $since: String) {
      helpPostsNear(areaCells: $cells, since: $since) { cursor helpPost { title } }
    }`;
    const titles = (events: any[]) => events.map((event) => event.helpPostsNear.helpPost.title);
    const start = (await first.gql(`{ helpBoardCursor }`)).data!['helpBoardCursor'];

    // Subscribed on the first process, posts made through the second.
    const before = await watch(first, NEAR, { cells: [cell], since: start });
    await postHelp(poster, { title: 'Cot', areaCell: cell });
    await before.until(1);
    before.stop();
    expect(titles(before.events)).toEqual(['Cot']);
    const cursor = before.events[0].helpPostsNear.cursor;

    // Away: Redis pub/sub delivers at most once, and this post is published to nobody.
    await postHelp(poster, { title: 'Baby bath', areaCell: cell });

    const after = await watch(first, NEAR, { cells: [cell], since: cursor });
    await after.until(1);
    // Now subscribed over Redis: the next post arrives live.
    await subscribedOverRedis(topics.helpPosted(cell));
    await postHelp(poster, { title: 'Sling', areaCell: cell });
    await after.until(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    after.stop();
    expect(after.errors).toEqual([]);
    expect(titles(after.events)).toEqual(['Baby bath', 'Sling']);
  });
});
