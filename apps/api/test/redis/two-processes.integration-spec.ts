import Redis from 'ioredis';
import { topics } from '../../src/realtime/topics';
import { createGroup } from '../support/factories';
import { startTestApi, TestApi } from '../support/test-api';

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
    const redis = new Redis(process.env['REDIS_URL']!);
    const channel = topics.helpPosted(cell);
    for (let i = 0; i < 100; i++) {
      const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      if (subscribers > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await redis.quit();
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
});
