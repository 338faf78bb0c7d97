import type { ResultOf } from '@graphql-typed-document-node/core';
import { GraphQLResponse, Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import type { CreateGroupInput } from './gql/graphql';

const CREATE_GROUP = graphql(`
  mutation GroupsCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      slug
      name
      kind
      languages
      memberCount
    }
  }
`);

describe('groups through GraphQL', () => {
  let api: TestApi;
  let organiser: Member;
  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser O.');
  });
  afterAll(() => api.close());

  it('finds a group by its slug as by its id, as the web links /groups/<slug>', async () => {
    const made = await organiser.gql(CREATE_GROUP, {
      input: { name: 'Slug Street Sisters', kind: 'FAITH' },
    });
    const { id, slug } = made.data!.createGroup;
    const GROUP = graphql(`
      query GroupsGroupBySlugOrId($id: ID, $slug: String) {
        group(id: $id, slug: $slug) {
          id
          name
        }
      }
    `);
    const bySlug = await api.gql(GROUP, { slug });
    expect(bySlug.data).toEqual({ group: { id, name: 'Slug Street Sisters' } });
    expect((await api.gql(GROUP, { id })).data).toEqual(bySlug.data);
    const missing = await api.gql(GROUP, { slug: 'no-such-group' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('creates a group with a unique slug and lists it by kind', async () => {
    const first = await organiser.gql(CREATE_GROUP, {
      input: { name: 'Little Stars Stay & Play', kind: 'PARENT_AND_BABY', languages: ['en', 'ur'] },
    });
    const second = await organiser.gql(CREATE_GROUP, {
      input: { name: 'Little Stars Stay & Play', kind: 'PARENT_AND_BABY' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!['createGroup']).toMatchObject({
      slug: 'little-stars-stay-play',
      languages: ['en', 'ur'],
      memberCount: 1,
    });
    expect(second.data!['createGroup'].slug).toBe('little-stars-stay-play-2');

    await organiser.gql(CREATE_GROUP, {
      input: { name: 'Westgate Residents Association', kind: 'CIVIC' },
    });
    const listed = await api.gql(
      graphql(`
        query GroupsGroups {
          groups(kind: PARENT_AND_BABY) {
            edges {
              node {
                name
                kind
              }
            }
          }
        }
      `),
    );
    expect(listed.data!['groups'].edges.map((e) => e.node.kind)).toEqual([
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
      await organiser.gql(CREATE_GROUP, { input: { name, kind: 'MUTUAL_AID' } });
    }
    const page = graphql(`
      query GroupsGroups2($after: String) {
        groups(kind: MUTUAL_AID, first: 2, after: $after) {
          edges {
            node {
              name
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const result: GraphQLResponse<ResultOf<typeof page>> = await api.gql(page, { after });
      seen.push(...result.data!.groups.edges.map((e) => e.node.name));
      if (!result.data!.groups.pageInfo.hasNextPage) break;
      after = result.data!.groups.pageInfo.endCursor ?? null;
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
    await organiser.gql(CREATE_GROUP, {
      input: { name: 'Gurdwara Langar Volunteers', kind: 'FAITH' },
    });
    const result = await api.gql(
      graphql(`
        query GroupsGroups3 {
          groups(search: "gurdwra langar") {
            edges {
              node {
                name
              }
            }
          }
        }
      `),
    );
    expect(result.data!['groups'].edges.map((e) => e.node.name)).toContain(
      'Gurdwara Langar Volunteers',
    );
  });

  it('refuses invalid input with a code and a human message, writing nothing', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM village_group');
    const result = await organiser.gql(CREATE_GROUP, {
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
    const created = await organiser.gql(CREATE_GROUP, {
      input: { name: 'Food Bank', kind: 'MUTUAL_AID', description: 'Tuesdays and Fridays' },
    });
    const id = created.data!['createGroup'].id;
    const updated = await organiser.gql(
      graphql(`
        mutation GroupsUpdateGroup($id: ID!) {
          updateGroup(id: $id, input: { name: "Town Food Bank" }) {
            name
            description
          }
        }
      `),
      { id },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!['updateGroup']).toEqual({
      name: 'Town Food Bank',
      description: 'Tuesdays and Fridays',
    });
  });

  it('says NOT_FOUND for a group that does not exist', async () => {
    const result = await api.gql(
      graphql(`
        query GroupsGroup {
          group(id: "00000000-0000-4000-8000-000000000000") {
            name
          }
        }
      `),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'We could not find that group.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('joining writes the membership and its tie together, and a repeat join writes neither', async () => {
    const group = (
      await organiser.gql(CREATE_GROUP, {
        input: { name: 'Baby Massage', kind: 'PARENT_AND_BABY' },
      })
    ).data!['createGroup'];
    const parent = await api.signUp('Amira B.');
    const join = graphql(`
      mutation GroupsJoinGroup($g: ID!) {
        joinGroup(groupId: $g) {
          role
          group {
            name
            memberCount
          }
          person {
            displayName
          }
        }
      }
    `);

    const joined = await parent.gql(join, { g: group.id });
    expect(joined.data!['joinGroup']).toEqual({
      role: 'MEMBER',
      group: { name: 'Baby Massage', memberCount: 2 },
      person: { displayName: 'Amira B.' },
    });

    const again = await parent.gql(join, { g: group.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ties = await api.dataSource.query(
      `SELECT kind, provenance FROM tie WHERE from_person_id = $1`,
      [parent.personId],
    );
    expect(ties).toEqual([{ kind: 'PERSON_GROUP', provenance: 'MEMBERSHIP' }]);
  });

  it('makes the creator the organiser, with their membership tie, in the same transaction', async () => {
    const group = (
      await organiser.gql(CREATE_GROUP, { input: { name: 'Dads Group', kind: 'PARENT_AND_BABY' } })
    ).data!['createGroup'];
    const rows = await api.dataSource.query(
      `SELECT m.role, t.provenance FROM membership m
         JOIN tie t ON t.from_person_id = m.person_id AND t.to_group_id = m.group_id
        WHERE m.group_id = $1`,
      [group.id],
    );
    expect(rows).toEqual([{ role: 'ORGANISER', provenance: 'MEMBERSHIP' }]);
  });

  it('lets only the group’s organisers change it', async () => {
    const group = (
      await organiser.gql(CREATE_GROUP, { input: { name: 'Knit and Natter', kind: 'CIVIC' } })
    ).data!['createGroup'];
    const update = graphql(`
      mutation GroupsUpdateGroup2($id: ID!) {
        updateGroup(id: $id, input: { name: "Taken over" }) {
          name
        }
      }
    `);
    const stranger = await api.signUp('Someone Else');
    expect((await stranger.gql(update, { id: group.id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(update, { id: group.id })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses control characters in a name, and any but line breaks in a description', async () => {
    const cases: [Pick<CreateGroupInput, 'name' | 'description'>, string][] = [
      [{ name: 'Evil\r\nBEGIN:VEVENT' }, 'name'],
      [{ name: 'Tab\tGroup' }, 'name'],
      [{ name: 'Bell\u0007Group' }, 'name'],
      [{ name: 'Good Group', description: 'Fine\u001bthen' }, 'description'],
    ];
    for (const [input, field] of cases) {
      const result = await organiser.gql(CREATE_GROUP, { input: { kind: 'CIVIC', ...input } });
      expect({ input, error: result.errors?.[0] }).toMatchObject({
        input,
        error: {
          message: expect.stringMatching(new RegExp(`^${field} cannot contain control characters`)),
          extensions: { code: 'BAD_USER_INPUT', field },
        },
      });
    }
    const lines = await organiser.gql(CREATE_GROUP, {
      input: { name: 'Two Line Group', kind: 'CIVIC', description: 'Tuesdays\r\nFridays\n' },
    });
    expect(lines.errors).toBeUndefined();
  });

  describe('screens group text as it screens posts', () => {
    const refusals: [string, Record<string, unknown>, string, RegExp][] = [
      [
        'a phone number',
        { description: 'Ring Sue on 07700 900 123' },
        'description',
        /phone numbers, email addresses/,
      ],
      [
        'an email spelt out',
        { description: 'Write to sue at gmail dot com' },
        'description',
        /phone numbers, email addresses/,
      ],
      [
        'a messaging handle',
        { name: 'WhatsApp me for the group' },
        'name',
        /phone numbers, email addresses/,
      ],
      [
        'asking for children’s photos',
        { description: 'Send photos of your kids to join' },
        'description',
        /photos or videos of children/,
      ],
      [
        'asking to meet alone',
        { description: 'Meet me alone at my flat, bring cash' },
        'description',
        /come alone/,
      ],
    ];
    it.each(refusals)(
      'refuses %s with BAD_USER_INPUT on its field',
      async (_, input, field, message) => {
        const result = await organiser.gql(CREATE_GROUP, {
          input: { name: 'Screened Group', kind: 'CIVIC', ...input },
        });
        expect(result.errors?.[0]).toMatchObject({
          message: expect.stringMatching(message),
          extensions: { code: 'BAD_USER_INPUT', field },
        });
      },
    );

    it('refuses the same in an update, and lets ordinary group text through', async () => {
      const created = await organiser.gql(CREATE_GROUP, {
        input: {
          name: 'Baby Clinic Friends',
          kind: 'PARENT_AND_BABY',
          description:
            'Health visitors weigh babies and answer questions about feeding and medicines. Bring a snack; my baby is seven months old.',
        },
      });
      expect(created.errors).toBeUndefined();
      const updated = await organiser.gql(
        graphql(`
          mutation GroupsUpdateGroup3($id: ID!, $input: UpdateGroupInput!) {
            updateGroup(id: $id, input: $input) {
              id
            }
          }
        `),
        { id: created.data!['createGroup'].id, input: { description: 'Call 07700900123' } },
      );
      expect(updated.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'description',
      });
    });
  });
});
