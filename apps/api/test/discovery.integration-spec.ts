import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { areaCellFor } from '@village/shared';
import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const ORIGIN = { latitude: 53.7946, longitude: -1.7564 };
const METRES_PER_DEGREE_LAT = 111_200;
const north = (metres: number) => ({
  latitude: ORIGIN.latitude + metres / METRES_PER_DEGREE_LAT,
  longitude: ORIGIN.longitude,
});

const SEARCH = graphql(`
  query DiscoverySessionSearch(
    $args: PointInput
    $within: Int
    $age: Int
    $due: String
    $days: [Int!]
    $from: String
    $by: String
    $langs: [String!]
    $free: Boolean
    $access: [AccessibilityFeature!]
    $kinds: [GroupKind!]
    $text: String
    $sort: SessionSearchSort
    $first: Int
    $after: String
  ) {
    sessionSearch(
      point: $args
      withinMetres: $within
      childAgeMonths: $age
      dueMonth: $due
      weekdays: $days
      startsFrom: $from
      startsBy: $by
      languages: $langs
      freeOnly: $free
      accessibility: $access
      groupKinds: $kinds
      text: $text
      sort: $sort
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          session {
            title
          }
          distanceMetres
          walkingMinutes
          nextOccurrences
          fit
          reasons {
            kind
            detail
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('discovery: sessions near me that fit', () => {
  let api: TestApi;
  let organiser: Member;

  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser O.');
    const mosque = await createGroup(organiser, {
      name: 'Mosque Mums',
      kind: 'FAITH',
      languages: ['ur', 'en'],
    });
    const centre = await createGroup(organiser, {
      name: 'Westgate Children’s Centre',
      kind: 'SERVICE',
    });
    const near = await createSpace(organiser, {
      name: 'Near Hall',
      ...north(550),
      accessibility: ['STEP_FREE', 'BABY_CHANGE'],
    });
    const middle = await createSpace(organiser, {
      name: 'Middle Library',
      ...north(1600),
      accessibility: [],
    });
    const far = await createSpace(organiser, {
      name: 'Far Centre',
      ...north(3300),
      accessibility: ['STEP_FREE'],
    });
    const session = (groupId: string, spaceId: string, input: Record<string, unknown>) =>
      createSession(organiser, { groupId, spaceId, ...input });
    await session(mosque.id, near.id, {
      title: 'Urdu Baby Rhymes',
      languages: ['ur'],
      minAgeMonths: 0,
      maxAgeMonths: 12,
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      startTime: '10:00',
    });
    await session(centre.id, middle.id, {
      title: 'Stay and Play',
      languages: ['en'],
      minAgeMonths: 0,
      maxAgeMonths: 48,
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      startTime: '14:00',
      costPence: 200,
    });
    const clinic = await createSpace(organiser, {
      name: 'Clinic',
      ...north(700),
      accessibility: ['STEP_FREE', 'BABY_CHANGE'],
    });
    await session(centre.id, clinic.id, {
      title: 'Bump Club',
      languages: ['en'],
      minAgeMonths: -9,
      maxAgeMonths: -1,
      recurrence: 'FREQ=WEEKLY;BYDAY=TH',
      startTime: '18:30',
    });
    await session(centre.id, far.id, {
      title: 'Toddler Gym',
      languages: ['en', 'pl'],
      minAgeMonths: 12,
      maxAgeMonths: 48,
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      startTime: '10:00',
    });
  });
  afterAll(() => api.close());

  const search = async (variables: Partial<VariablesOf<typeof SEARCH>>) => {
    const result = await api.gql(SEARCH, { args: ORIGIN, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!['sessionSearch'];
  };
  const titles = (page: ResultOf<typeof SEARCH>['sessionSearch']) =>
    page.edges.map((e) => e.node.session.title);

  it('returns sessions within the radius sorted by distance, with distance, walking time and why', async () => {
    const page = await search({ within: 2000 });
    expect(titles(page)).toEqual(['Urdu Baby Rhymes', 'Bump Club', 'Stay and Play']);
    const rhymes = page.edges[0]!.node;
    expect(rhymes.distanceMetres).toBeGreaterThan(540);
    expect(rhymes.distanceMetres).toBeLessThan(560);
    expect(rhymes.walkingMinutes).toBe(9);
    expect(rhymes.reasons).toEqual([{ kind: 'NEARBY', detail: '0.5 km' }]);
    for (const iso of rhymes.nextOccurrences as string[])
      expect(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/London',
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
        }).format(new Date(iso)),
      ).toBe('Tue 10:00');
  });

  it('finds the k nearest however far when no radius is given', async () => {
    const page = await search({ within: null, first: 4 });
    expect(titles(page)).toEqual(['Urdu Baby Rhymes', 'Bump Club', 'Stay and Play', 'Toddler Gym']);
    expect(page.edges[3]!.node.distanceMetres).toBeGreaterThan(3200);
  });

  it('filters by child age, pregnancy, language, cost, access, day and time, group kind and text', async () => {
    expect(titles(await search({ age: 8 }))).toEqual(['Urdu Baby Rhymes', 'Stay and Play']);
    expect(titles(await search({ due: '2027-03' }))).toEqual(['Bump Club']);
    expect(titles(await search({ langs: ['ur'] }))).toEqual(['Urdu Baby Rhymes']);
    expect(titles(await search({ free: true, age: 8 }))).toEqual(['Urdu Baby Rhymes']);
    expect(titles(await search({ access: ['STEP_FREE', 'BABY_CHANGE'] }))).toEqual([
      'Urdu Baby Rhymes',
      'Bump Club',
    ]);
    expect(titles(await search({ days: [2], from: '09:00', by: '12:00' }))).toEqual([
      'Urdu Baby Rhymes',
    ]);
    expect(titles(await search({ kinds: ['FAITH'] }))).toEqual(['Urdu Baby Rhymes']);
    expect(titles(await search({ text: 'rhyme' }))).toEqual(['Urdu Baby Rhymes']);
    expect(titles(await search({ text: 'stay n play' }))).toEqual(['Stay and Play']);
  });

  it('finds a free, step-free Urdu session for an 8-month-old on a Tuesday morning, and says why', async () => {
    const page = await search({
      age: 8,
      langs: ['ur'],
      free: true,
      access: ['STEP_FREE'],
      days: [2],
      from: '09:00',
      by: '12:00',
    });
    expect(page.edges).toHaveLength(1);
    expect(page.edges[0]!.node.reasons.map((r: { kind: string }) => r.kind)).toEqual([
      'NEARBY',
      'FITS_CHILD_AGE',
      'IN_LANGUAGE',
      'FREE',
      'ACCESSIBLE',
      'ON_DAY_AND_TIME',
    ]);
    expect(page.edges[0]!.node.reasons.at(-1)).toEqual({
      kind: 'ON_DAY_AND_TIME',
      detail: 'TU 10:00',
    });
  });

  it('sorts by fit: the language and age that suit come before the nearest', async () => {
    const page = await search({ within: 5000, age: 14, langs: ['pl'], sort: 'FIT' });
    expect(titles(page)[0]).toBe('Toddler Gym');
    const fits = page.edges.map((e) => e.node.fit as number);
    expect([...fits].sort((a, b) => b - a)).toEqual(fits);
  });

  it('pages through results with cursors, without repeats or gaps', async () => {
    const all = titles(await search({ within: null, first: 10 }));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page = await search({ within: null, first: 1, after });
      seen.push(...titles(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('refuses unclear questions with a clear message', async () => {
    const both = await api.gql(
      graphql(`
        query DiscoverySessionSearch2 {
          sessionSearch(point: { latitude: 53.79, longitude: -1.75 }, areaCell: "8819429a9dfffff") {
            edges {
              cursor
            }
          }
        }
      `),
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fitWithoutRadius = await api.gql(SEARCH, { args: ORIGIN, within: null, sort: 'FIT' });
    expect(fitWithoutRadius.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'withinMetres' },
    });
    const badTime = await api.gql(SEARCH, { args: ORIGIN, from: '25:00' });
    expect(badTime.errors?.[0]?.message).toMatch(/startsFrom must be a time written HH:MM/);
  });

  it('searches from an area cell’s centre as well as from a point', async () => {
    const result = await api.gql(
      graphql(`
        query DiscoverySessionSearch3($cell: String!) {
          sessionSearch(areaCell: $cell, withinMetres: 5000) {
            edges {
              node {
                session {
                  title
                }
              }
            }
          }
        }
      `),
      { cell: areaCellFor(ORIGIN.latitude, ORIGIN.longitude) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['sessionSearch'].edges.length).toBeGreaterThan(0);
  });

  it('finds spaces near me, nearest first, by accessibility and kind, with pages', async () => {
    const query = graphql(`
      query DiscoverySpacesNearMe(
        $point: PointInput
        $access: [AccessibilityFeature!]
        $first: Int
        $after: String
      ) {
        spaceSearch(
          point: $point
          withinMetres: 5000
          accessibility: $access
          first: $first
          after: $after
        ) {
          edges {
            node {
              space {
                name
              }
              distanceMetres
              walkingMinutes
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const all = await api.gql(query, { point: ORIGIN });
    expect(all.errors).toBeUndefined();
    const names = all.data!['spaceSearch'].edges.map((e) => e.node.space.name);
    expect(names).toEqual(['Near Hall', 'Clinic', 'Middle Library', 'Far Centre']);
    const stepFree = await api.gql(query, { point: ORIGIN, access: ['STEP_FREE', 'BABY_CHANGE'] });
    expect(stepFree.data!['spaceSearch'].edges.map((e) => e.node.space.name)).toEqual([
      'Near Hall',
      'Clinic',
    ]);
    const first = await api.gql(query, { point: ORIGIN, first: 2 });
    const rest = await api.gql(query, {
      point: ORIGIN,
      first: 10,
      after: first.data!['spaceSearch'].pageInfo.endCursor,
    });
    expect(rest.data!['spaceSearch'].edges.map((e) => e.node.space.name)).toEqual([
      'Middle Library',
      'Far Centre',
    ]);
  });

  it('finds groups near me by the nearest space where they meet, by kind and language', async () => {
    const query = graphql(`
      query DiscoveryGroupsNearMe($point: PointInput, $kinds: [GroupKind!], $langs: [String!]) {
        groupSearch(point: $point, withinMetres: 5000, groupKinds: $kinds, languages: $langs) {
          edges {
            node {
              group {
                name
              }
              nearestSpace {
                name
              }
              distanceMetres
            }
          }
        }
      }
    `);
    const all = await api.gql(query, { point: ORIGIN });
    expect(all.errors).toBeUndefined();
    expect(
      all.data!['groupSearch'].edges.map((e) => [e.node.group.name, e.node.nearestSpace.name]),
    ).toEqual([
      ['Mosque Mums', 'Near Hall'],
      ['Westgate Children’s Centre', 'Clinic'],
    ]);
    const urdu = await api.gql(query, { point: ORIGIN, langs: ['ur'] });
    expect(urdu.data!['groupSearch'].edges.map((e) => e.node.group.name)).toEqual(['Mosque Mums']);
    const services = await api.gql(query, { point: ORIGIN, kinds: ['SERVICE'] });
    expect(services.data!['groupSearch'].edges.map((e) => e.node.group.name)).toEqual([
      'Westgate Children’s Centre',
    ]);
  });

  it('pages groups by their nearest space, each group once, however far', async () => {
    const query = graphql(`
      query DiscoveryGroupSearch($point: PointInput, $first: Int, $after: String) {
        groupSearch(point: $point, withinMetres: null, first: $first, after: $after) {
          edges {
            node {
              group {
                name
              }
              nearestSpace {
                name
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const first = await api.gql(query, { point: ORIGIN, first: 1 });
    expect(first.errors).toBeUndefined();
    expect(first.data!['groupSearch'].edges.map((e) => e.node.group.name)).toEqual(['Mosque Mums']);
    expect(first.data!['groupSearch'].pageInfo.hasNextPage).toBe(true);
    // The centre also meets at the Middle Library and Far Centre, past the cursor: still once.
    const rest = await api.gql(query, {
      point: ORIGIN,
      first: 10,
      after: first.data!['groupSearch'].pageInfo.endCursor,
    });
    expect(
      rest.data!['groupSearch'].edges.map((e) => [e.node.group.name, e.node.nearestSpace.name]),
    ).toEqual([['Westgate Children’s Centre', 'Clinic']]);
    expect(rest.data!['groupSearch'].pageInfo.hasNextPage).toBe(false);
  });
});
