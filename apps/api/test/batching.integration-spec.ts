import { createGroup, createSession, createSpace } from './support/factories';
import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

describe('graph edges are batched', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  async function queriesFor(groupCount: number): Promise<number> {
    const query = graphql(`
      query BatchingGroups {
        groups(first: 50) {
          edges {
            node {
              name
              memberCount
              sessions {
                title
                space {
                  name
                }
                group {
                  name
                }
              }
            }
          }
        }
      }
    `);
    return api.countQueries(async () => {
      const result = await api.gql(query);
      expect(result.data!['groups'].edges).toHaveLength(groupCount);
    });
  }

  it('asks the database the same number of times for 2 groups as for 12', async () => {
    const organiser = await api.signUp('Organiser O.');
    const addGroups = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const group = await createGroup(organiser, {
          name: `Group ${String(i).padStart(2, '0')} ${Math.random().toString(36).slice(2, 8)}`,
        });
        const space = await createSpace(organiser, { name: `Hall ${i}` });
        await createSession(organiser, {
          groupId: group.id,
          spaceId: space.id,
          title: `Session ${i}`,
        });
      }
    };
    await addGroups(2);
    const few = await queriesFor(2);
    await addGroups(10);
    const many = await queriesFor(12);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it('answers a page of nearby sessions, with their groups and spaces, in one statement', async () => {
    const search = graphql(`
      query BatchingSessionSearch {
        sessionSearch(
          point: { latitude: 53.7946, longitude: -1.7564 }
          childAgeMonths: 8
          first: 20
        ) {
          edges {
            node {
              distanceMetres
              session {
                title
                group {
                  name
                  kind
                }
                space {
                  name
                  accessibility
                }
              }
            }
          }
        }
      }
    `);
    const statements = await api.countQueries(async () => {
      const result = await api.gql(search);
      expect(result.data!['sessionSearch'].edges.length).toBe(12);
    });
    expect(statements).toBe(1);
  });
});
