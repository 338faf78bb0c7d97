import { createGroup } from './support/factories';
import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

describe('an id written in capitals', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('names the same thing as in lower case: joining a group by it gives the group', async () => {
    const organiser = await api.signUp('Organiser O.');
    const group = await createGroup(organiser, { name: 'Stay and Play' });
    const member = await api.signUp('Member M.');
    const joined = await member.gql(
      graphql(`
        mutation CanonicalIdsJoinGroup($g: ID!) {
          joinGroup(groupId: $g) {
            role
            group {
              id
              name
            }
          }
        }
      `),
      { g: group.id.toUpperCase() },
    );
    expect(joined).toEqual({
      data: { joinGroup: { role: 'MEMBER', group: { id: group.id, name: 'Stay and Play' } } },
    });
  });

  it('is me when it is my id: I cannot block myself by writing it in capitals', async () => {
    const member = await api.signUp('Member N.');
    const blocked = await member.gql(
      graphql(`
        mutation CanonicalIdsBlockPerson($p: ID!) {
          blockPerson(personId: $p)
        }
      `),
      {
        p: member.personId.toUpperCase(),
      },
    );
    const lower = await member.gql(
      graphql(`
        mutation CanonicalIdsBlockPerson2($p: ID!) {
          blockPerson(personId: $p)
        }
      `),
      {
        p: member.personId,
      },
    );
    expect(blocked.errors?.[0]?.extensions?.code).toBeDefined();
    expect(blocked).toEqual(lower);
  });
});
