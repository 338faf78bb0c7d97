import type { ResultOf } from '@graphql-typed-document-node/core';
import { subscriptionInPlace, subscriptionsMark } from './support/subscriptions-in-place';
import { createGroup } from './support/factories';
import { Member, startTestApi, subscribe, TestApi } from './support/test-api';
import { graphql } from './gql';
import type { CreateHelpPostInput } from './gql/graphql';

const CELL = '8819429a9dfffff';
const NEAR_CELL = graphql(`
  subscription HelpNearCell($cell: String!) {
    helpPostsNear(areaCells: [$cell]) {
      helpPost {
        title
        authorGroup {
          name
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation HelpCreateHelpPost($input: CreateHelpPostInput!) {
    createHelpPost(input: $input) {
      id
      title
      status
      areaCell
      authorGroup {
        name
      }
      authorPerson {
        displayName
      }
    }
  }
`);

describe('help posts through GraphQL', () => {
  let api: TestApi;
  let organiser: Member;
  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser O.');
    await createGroup(organiser, { name: 'First Group' });
  });
  afterAll(() => api.close());

  it('posts an offer for a group and shows it on the board, newest first', async () => {
    const group = await createGroup(organiser, { name: 'Central Mosque Sisters', kind: 'FAITH' });
    const parent = await api.signUp('Amira B.');
    await organiser.gql(CREATE, {
      input: {
        kind: 'OFFER',
        category: 'BABY_ITEMS',
        title: 'Baby clothes 0–6 months',
        areaCell: CELL,
        authorGroupId: group.id,
      },
    });
    const request = await parent.gql(CREATE, {
      input: { kind: 'REQUEST', category: 'LIFTS', title: 'Lift to the hospital', areaCell: CELL },
    });
    expect(request.data!['createHelpPost']).toMatchObject({
      status: 'OPEN',
      authorPerson: { displayName: 'Amira B.' },
      authorGroup: null,
    });

    const board = await api.gql(
      graphql(`
        query HelpHelpPosts {
          helpPosts(first: 10) {
            edges {
              node {
                title
                authorGroup {
                  name
                }
              }
            }
          }
        }
      `),
    );
    expect(board.data!['helpPosts'].edges.map((e) => e.node.title)).toEqual([
      'Lift to the hospital',
      'Baby clothes 0–6 months',
    ]);
    const offers = await api.gql(
      graphql(`
        query HelpHelpPosts2 {
          helpPosts(kind: OFFER) {
            edges {
              node {
                title
                authorGroup {
                  name
                }
              }
            }
          }
        }
      `),
    );
    expect(offers.data!['helpPosts'].edges).toEqual([
      {
        node: { title: 'Baby clothes 0–6 months', authorGroup: { name: 'Central Mosque Sisters' } },
      },
    ]);
  });

  it('posts for a group only when the author organises it, and needs a real area cell', async () => {
    const group = await createGroup(organiser);
    const stranger = await api.signUp('Kasia W.');
    const forGroup = {
      kind: 'OFFER',
      category: 'FOOD',
      title: 'Soup',
      areaCell: CELL,
      authorGroupId: group.id,
    } satisfies CreateHelpPostInput;
    const notTheirs = await stranger.gql(CREATE, { input: forGroup });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(CREATE, { input: forGroup });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fakeCell = await organiser.gql(CREATE, {
      input: { ...forGroup, areaCell: '8819429a9dffff0' },
    });
    expect(fakeCell.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('delivers a new post over graphql-ws to subscribers of its area only', async () => {
    const group = await createGroup(organiser, { name: 'Gurdwara Seva', kind: 'FAITH' });
    const client = api.subscriptionClient();
    const received: ResultOf<typeof NEAR_CELL>[] = [];
    const otherArea: ResultOf<typeof NEAR_CELL>[] = [];
    const subscribed = (cell: string, into: ResultOf<typeof NEAR_CELL>[]) =>
      new Promise<() => void>((resolve, reject) => {
        const mark = subscriptionsMark();
        const unsubscribe = subscribe(
          client,
          NEAR_CELL,
          { cell },
          {
            next: (message) => void into.push(message.data!),
            error: () => undefined,
            complete: () => undefined,
          },
        );
        // Publish only once the API listens for it.
        subscriptionInPlace(mark, new Promise(() => undefined)).then(
          () => resolve(unsubscribe),
          reject,
        );
      });
    const stop = await subscribed(CELL, received);
    const stopOther = await subscribed('8819429a95fffff', otherArea);
    await organiser.gql(CREATE, {
      input: {
        kind: 'OFFER',
        category: 'COOKING',
        title: 'Langar for families',
        areaCell: CELL,
        authorGroupId: group.id,
      },
    });
    // A sentinel in the other area, posted last: once it is here, a leak from this one would be too.
    await organiser.gql(CREATE, {
      input: { kind: 'OFFER', category: 'COOKING', title: 'Sentinel', areaCell: '8819429a95fffff' },
    });
    for (let i = 0; i < 50 && (received.length === 0 || otherArea.length === 0); i++)
      await new Promise((r) => setTimeout(r, 50));
    stop();
    stopOther();
    expect(received).toEqual([
      {
        helpPostsNear: {
          helpPost: { title: 'Langar for families', authorGroup: { name: 'Gurdwara Seva' } },
        },
      },
    ]);
    expect(otherArea).toEqual([
      { helpPostsNear: { helpPost: { title: 'Sentinel', authorGroup: null } } },
    ]);
  });
});
