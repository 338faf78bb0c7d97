import { startTestApi, TestApi } from './support/test-api';

const CREATE_GROUP = `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id slug name kind languages memberCount } }`;
const CREATE_PERSON = `INSERT INTO person (display_name, area_cell, languages) VALUES ($1, '8819429a9dfffff', '{en}') RETURNING id`;

describe('groups through GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('creates a group with a unique slug and lists it by kind', async () => {
    const first = await api.gql(CREATE_GROUP, {
      input: { name: 'Little Stars Stay & Play', kind: 'PARENT_AND_BABY', languages: ['en', 'ur'] },
    });
    const second = await api.gql(CREATE_GROUP, {
      input: { name: 'Little Stars Stay & Play', kind: 'PARENT_AND_BABY' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!['createGroup']).toMatchObject({
      slug: 'little-stars-stay-play',
      languages: ['en', 'ur'],
      memberCount: 0,
    });
    expect(second.data!['createGroup'].slug).toBe('little-stars-stay-play-2');

    await api.gql(CREATE_GROUP, {
      input: { name: 'Westgate Residents Association', kind: 'CIVIC' },
    });
    const listed = await api.gql(
      `{ groups(kind: PARENT_AND_BABY) { edges { node { name kind } } } }`,
    );
    expect(listed.data!['groups'].edges.map((e: any) => e.node.kind)).toEqual([
      'PARENT_AND_BABY',
      'PARENT_AND_BABY',
    ]);
  });

  it('pages through groups with cursors, without repeats or gaps', async () => {
    for (const name of [
      'Alpha Group',
      'Bravo Group',
      'Charlie Group',
      'Delta Group',
      'Echo Group',
    ]) {
      await api.gql(CREATE_GROUP, { input: { name, kind: 'MUTUAL_AID' } });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = await api.gql(
        `query ($after: String) { groups(kind: MUTUAL_AID, first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...result.data.groups.edges.map((e: any) => e.node.name));
      if (!result.data.groups.pageInfo.hasNextPage) break;
      after = result.data.groups.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'Alpha Group',
      'Bravo Group',
      'Charlie Group',
      'Delta Group',
      'Echo Group',
    ]);
  });

  it('finds groups by a misspelt name', async () => {
    await api.gql(CREATE_GROUP, { input: { name: 'Gurdwara Langar Volunteers', kind: 'FAITH' } });
    const result = await api.gql(
      `{ groups(search: "gurdwra langar") { edges { node { name } } } }`,
    );
    expect(result.data!['groups'].edges.map((e: any) => e.node.name)).toContain(
      'Gurdwara Langar Volunteers',
    );
  });

  it('refuses invalid input with a code and a human message, writing nothing', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM village_group');
    const result = await api.gql(CREATE_GROUP, {
      input: { name: 'x', kind: 'FAITH', languages: ['klingon'], website: 'not a url' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/name must be 2 to 120 characters/);
    expect(result.errors?.[0]?.message).toMatch(/languages must be language codes/);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at \w+ \(/);
    const after = await api.dataSource.query('SELECT count(*)::int AS n FROM village_group');
    expect(after).toEqual(before);
  });

  it('updates only the fields given', async () => {
    const created = await api.gql(CREATE_GROUP, {
      input: { name: 'Food Bank', kind: 'MUTUAL_AID', description: 'Tuesdays and Fridays' },
    });
    const id = created.data!['createGroup'].id;
    const updated = await api.gql(
      `mutation ($id: ID!) { updateGroup(id: $id, input: { name: "Town Food Bank" }) { name description } }`,
      { id },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!['updateGroup']).toEqual({
      name: 'Town Food Bank',
      description: 'Tuesdays and Fridays',
    });
  });

  it('says NOT_FOUND for a group that does not exist', async () => {
    const result = await api.gql(`{ group(id: "00000000-0000-4000-8000-000000000000") { name } }`);
    expect(result.errors?.[0]).toMatchObject({
      message: 'We could not find that group.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('joining writes the membership and its tie together, and a repeat join writes neither', async () => {
    const group = (
      await api.gql(CREATE_GROUP, { input: { name: 'Baby Massage', kind: 'PARENT_AND_BABY' } })
    ).data!['createGroup'];
    const [person] = await api.dataSource.query(CREATE_PERSON, ['Amira B.']);
    const join = `mutation ($g: ID!, $p: ID!) { joinGroup(groupId: $g, personId: $p) { role group { name memberCount } person { displayName } } }`;

    const joined = await api.gql(join, { g: group.id, p: person.id });
    expect(joined.data!['joinGroup']).toEqual({
      role: 'MEMBER',
      group: { name: 'Baby Massage', memberCount: 1 },
      person: { displayName: 'Amira B.' },
    });

    const again = await api.gql(join, { g: group.id, p: person.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ties = await api.dataSource.query(
      `SELECT kind, provenance FROM tie WHERE from_person_id = $1`,
      [person.id],
    );
    expect(ties).toEqual([{ kind: 'PERSON_GROUP', provenance: 'MEMBERSHIP' }]);
  });

  it('rolls back the organiser membership when creating a group fails half-way', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM village_group');
    const result = await api.gql(CREATE_GROUP, {
      input: {
        name: 'Orphan Group',
        kind: 'CIVIC',
        organiserPersonId: '00000000-0000-4000-8000-000000000001',
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM village_group')).toEqual(
      before,
    );
  });
});
