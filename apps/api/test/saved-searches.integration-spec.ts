import type { ResultOf } from '@graphql-typed-document-node/core';
import { subscriptionInPlace, subscriptionsMark } from './support/subscriptions-in-place';
import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, subscribe, TestApi } from './support/test-api';
import { graphql } from './gql';

const POINT = { latitude: 53.7946, longitude: -1.7564 };
const MATCHES = graphql(`
  subscription SavedSearchesMatches {
    savedSearchMatches {
      savedSearch {
        name
      }
      result {
        session {
          title
        }
        distanceMetres
        reasons {
          kind
        }
      }
    }
  }
`);
const SAVE = graphql(`
  mutation SavedSearchesSaveSearch($name: String!, $search: SessionSearchInput!) {
    saveSearch(name: $name, search: $search) {
      id
      name
      criteria
    }
  }
`);

describe('saved searches', () => {
  let api: TestApi;
  let organiser: Member;
  let parent: Member;
  let groupId: string;
  let nearSpaceId: string;
  let farSpaceId: string;

  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser O.');
    parent = await api.signUp('Parent P.');
    groupId = (await createGroup(organiser, { name: 'Mosque Mums', kind: 'FAITH' })).id;
    nearSpaceId = (
      await createSpace(organiser, { name: 'Near Hall', latitude: 53.799, longitude: -1.7564 })
    ).id;
    farSpaceId = (
      await createSpace(organiser, { name: 'Far Hall', latitude: 53.85, longitude: -1.7564 })
    ).id;
  });
  afterAll(() => api.close());

  it('keeps my searches, for me only, and refuses one that could never run', async () => {
    const saved = await parent.gql(SAVE, {
      name: 'Urdu mornings',
      search: { point: POINT, languages: ['ur'], childAgeMonths: 8 },
    });
    expect(saved.errors).toBeUndefined();
    expect(JSON.parse(saved.data!['saveSearch'].criteria)).toMatchObject({
      languages: ['ur'],
      childAgeMonths: 8,
    });
    const mine = await parent.gql(
      graphql(`
        query SavedSearchesMe {
          me {
            savedSearches {
              name
            }
          }
        }
      `),
    );
    expect(mine.data!['me']!.savedSearches).toEqual([{ name: 'Urdu mornings' }]);
    const theirs = await organiser.gql(
      graphql(`
        query SavedSearchesMe2 {
          me {
            savedSearches {
              name
            }
          }
        }
      `),
    );
    expect(theirs.data!['me']!.savedSearches).toEqual([]);
    const neither = await parent.gql(SAVE, { name: 'Nowhere', search: { languages: ['ur'] } });
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await api.gql(SAVE, { name: 'x', search: { point: POINT } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const deleted = await organiser.gql(
      graphql(`
        mutation SavedSearchesDeleteSavedSearch($id: ID!) {
          deleteSavedSearch(id: $id)
        }
      `),
      {
        id: saved.data!['saveSearch'].id,
      },
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('tells me over graphql-ws when a new or changed session fits my saved search, and nothing else', async () => {
    await parent.gql(SAVE, {
      name: 'Near and free, Tuesdays',
      search: { point: POINT, withinMetres: 2000, freeOnly: true, weekdays: [2] },
    });
    const client = parent.subscriptionClient();
    const received: ResultOf<typeof MATCHES>[] = [];
    const mark = subscriptionsMark();
    const stop = subscribe(
      client,
      MATCHES,
      {},
      {
        next: (event) => void received.push(event.data!),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await subscriptionInPlace(mark, new Promise(() => undefined));
    // Too far, then paid, then on a Wednesday: none fit. Then one that fits.
    await createSession(organiser, { groupId, spaceId: farSpaceId, title: 'Far Away Rhymes' });
    await createSession(organiser, {
      groupId,
      spaceId: nearSpaceId,
      title: 'Paid Yoga',
      costPence: 500,
    });
    await createSession(organiser, {
      groupId,
      spaceId: nearSpaceId,
      title: 'Wednesday Play',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    });
    const fits = await createSession(organiser, {
      groupId,
      spaceId: nearSpaceId,
      title: 'Tuesday Rhymes',
    });
    for (let i = 0; i < 60 && received.length < 1; i++) await new Promise((r) => setTimeout(r, 50));
    // A change that makes a session fit is news too.
    const paid = await organiser.gql(
      graphql(`
        query SavedSearchesSessions {
          sessions(first: 50) {
            edges {
              node {
                id
                title
              }
            }
          }
        }
      `),
    );
    const paidId = paid.data!['sessions'].edges.find((e) => e.node.title === 'Paid Yoga')!.node.id;
    await organiser.gql(
      graphql(`
        mutation SavedSearchesUpdateSession($id: ID!) {
          updateSession(id: $id, input: { costPence: 0 }) {
            id
          }
        }
      `),
      { id: paidId },
    );
    for (let i = 0; i < 60 && received.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    stop();
    const titles = received
      .filter((e) => e.savedSearchMatches.savedSearch.name === 'Near and free, Tuesdays')
      .map((e) => e.savedSearchMatches.result.session.title);
    expect(titles).toEqual(['Tuesday Rhymes', 'Paid Yoga']);
    expect(fits.title).toBe('Tuesday Rhymes');
    expect(received[0]!.savedSearchMatches.result.reasons.map((r) => r.kind)).toEqual([
      'NEARBY',
      'FREE',
      'ON_DAY_AND_TIME',
    ]);
  });
});
