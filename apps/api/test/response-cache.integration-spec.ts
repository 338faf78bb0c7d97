import { readFileSync } from 'node:fs';
import { readConfig } from '../src/config/app-config';
import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

/** The discover page's own SessionSearch document, as the web app was built with it. */
const SESSION_SEARCH = Object.values(
  JSON.parse(readFileSync(readConfig({}).trustedDocumentsManifest, 'utf8')) as Record<
    string,
    string
  >,
).find((text) => text.includes('query SessionSearch('))!;

const ORIGIN = { latitude: 53.7946, longitude: -1.7564 };

const searchFrom = (latitude: number) => ({
  operationName: 'SessionSearch',
  query: SESSION_SEARCH,
  variables: {
    point: { latitude, longitude: ORIGIN.longitude },
    withinMetres: 2000,
    childAgeMonths: 8,
    weekdays: [],
    languages: [],
    freeOnly: false,
    accessibility: [],
    groupKinds: [],
    sort: 'DISTANCE',
    first: 20,
  },
});

describe('answers to public searches are cached for a few seconds', () => {
  let api: TestApi;
  let organiser: Member;
  let sessionId: string;

  async function post(body: unknown, cookie?: string) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    return { cache: response.headers.get('x-village-cache'), text: await response.text() };
  }

  beforeAll(async () => {
    api = await startTestApi({ responseCacheSeconds: 30 });
    organiser = await api.signUp('Organiser O.');
    const group = await createGroup(organiser, { name: 'Little Movers' });
    const space = await createSpace(organiser, { name: 'Near Hall', ...ORIGIN });
    sessionId = (
      await createSession(organiser, {
        groupId: group.id,
        spaceId: space.id,
        title: 'Baby Rhymes',
      })
    ).id;
  });
  afterAll(() => api.close());

  it('answers the same search again from the cache, word for word, for anyone', async () => {
    const first = await post(searchFrom(ORIGIN.latitude));
    expect(first.cache).toBe('miss');
    expect(JSON.parse(first.text).data.sessionSearch.edges[0].node.session.title).toBe(
      'Baby Rhymes',
    );
    const again = await post(searchFrom(ORIGIN.latitude));
    expect(again).toEqual({ cache: 'hit', text: first.text });
    // The answer holds nothing about the viewer, so a signed-in parent gets the same one.
    expect(await post(searchFrom(ORIGIN.latitude), organiser.cookie)).toEqual(again);
  });

  it('asks afresh for a different question', async () => {
    expect((await post(searchFrom(ORIGIN.latitude + 0.001))).cache).toBe('miss');
  });

  it('forgets every answer when a session changes', async () => {
    await post(searchFrom(ORIGIN.latitude));
    const renamed = await organiser.gql(
      graphql(`
        mutation ResponseCacheUpdateSession($id: ID!, $input: UpdateSessionInput!) {
          updateSession(id: $id, input: $input) {
            id
          }
        }
      `),
      { id: sessionId, input: { title: 'Baby Songs' } },
    );
    expect(renamed.errors).toBeUndefined();
    const after = await post(searchFrom(ORIGIN.latitude));
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.text).data.sessionSearch.edges[0].node.session.title).toBe(
      'Baby Songs',
    );
  });

  it('never keeps an answer with errors', async () => {
    const bad = {
      ...searchFrom(ORIGIN.latitude),
      variables: { ...searchFrom(0).variables, withinMetres: 5 },
    };
    expect((await post(bad)).cache).toBe('miss');
    const again = await post(bad);
    expect(again.cache).toBe('miss');
    expect(JSON.parse(again.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('leaves every other operation alone, even one that borrows the name', async () => {
    const borrowed = await post(
      { operationName: 'SessionSearch', query: 'query SessionSearch { me { email } }' },
      organiser.cookie,
    );
    expect(borrowed.cache).toBeNull();
    expect(JSON.parse(borrowed.text).data.me.email).toBe(organiser.email);
    expect(
      (await post({ query: '{ groups(first: 1) { edges { node { name } } } }' })).cache,
    ).toBeNull();
  });
});

describe('a test API without a cache setting', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers every search afresh, so no spec reads a stale answer by accident', async () => {
    const post = async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(searchFrom(ORIGIN.latitude)),
      });
      return response.headers.get('x-village-cache');
    };
    expect(await post()).toBeNull();
    expect(await post()).toBeNull();
  });
});
