import { isAreaCell } from '@village/shared';
import { DEMO_PASSWORD } from '../src/identity/demo-accounts';
import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

describe('the demo town, seeded at start', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ demoTown: 'S', demoTownSeed: 1 });
  });
  afterAll(() => api.close());

  it('has a demo sign-in for each kind of user, and the worker sees the parent who asked for support', async () => {
    const signIn = async (who: string) => {
      const { cookie } = await api.signIn(`${who}@village.test`, DEMO_PASSWORD);
      expect(cookie).toBeTruthy();
      return api.as(cookie);
    };
    const worker = await signIn('worker');
    const parent = await signIn('parent');
    const me = await worker.gql(
      graphql(`
        query TownMe {
          me {
            workerFor {
              inDate
              organisation {
                id
              }
            }
          }
        }
      `),
    );
    const [vetting] = me.data!['me']!.workerFor;
    expect(vetting!.inDate).toBe(true);
    const caseload = await worker.gql(
      graphql(`
        query TownCaseload($id: ID!) {
          caseload(organisationId: $id) {
            edges {
              node {
                id
                lifeStage {
                  childAgesMonths
                }
              }
            }
          }
        }
      `),
      { id: vetting!.organisation.id },
    );
    const parentId = (
      await parent.gql(
        graphql(`
          query TownMe2 {
            me {
              person {
                id
              }
            }
          }
        `),
      )
    ).data!['me']!.person.id;
    expect(caseload.data!['caseload'].edges.map((e) => e.node.id)).toEqual([parentId]);
    await expect(
      (await signIn('admin')).gql(
        graphql(`
          query TownMe3 {
            me {
              roles
            }
          }
        `),
      ),
    ).resolves.toEqual({
      data: { me: { roles: ['ADMIN'] } },
    });
    await signIn('organiser');
    await signIn('lead');
  });

  it('fills every table with a town of about 2,000 people', async () => {
    const [counts] = await api.dataSource.query(`SELECT
      (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM village_group) AS groups,
      (SELECT count(*)::int FROM space) AS spaces, (SELECT count(*)::int FROM session) AS sessions,
      (SELECT count(*)::int FROM help_post) AS help_posts, (SELECT count(*)::int FROM tie) AS ties,
      (SELECT count(*)::int FROM membership) AS memberships, (SELECT count(*)::int FROM household) AS households`);
    expect(counts.people).toBeGreaterThan(1500);
    expect(counts.people).toBeLessThan(2500);
    for (const table of [
      'groups',
      'spaces',
      'sessions',
      'help_posts',
      'ties',
      'memberships',
      'households',
    ])
      expect(counts[table]).toBeGreaterThan(0);
  });

  it('is browsable through GraphQL: groups, their sessions and next dates, spaces and the help board', async () => {
    const result = await api.gql(
      graphql(`
        query TownGroups {
          groups(first: 10) {
            edges {
              node {
                name
                kind
                memberCount
                sessions {
                  title
                  nextOccurrences(count: 2)
                  space {
                    name
                    latitude
                  }
                }
              }
            }
          }
          helpPosts(first: 5) {
            edges {
              node {
                title
                category
                areaCell
              }
            }
          }
          upcomingSessions(days: 7, first: 10) {
            startsAt
            session {
              title
            }
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['groups'].edges).toHaveLength(10);
    expect(result.data!['helpPosts'].edges.length).toBeGreaterThan(0);
    expect(result.data!['upcomingSessions'].length).toBeGreaterThan(0);
    const withSessions = result.data!['groups'].edges.flatMap((e) => e.node.sessions);
    expect(withSessions.length).toBeGreaterThan(0);
    for (const post of result.data!['helpPosts'].edges)
      expect(isAreaCell(post.node.areaCell)).toBe(true);
  });

  it('keeps homes only as coarse area cells: no person or household column can hold a position', async () => {
    const columns = await api.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('person', 'household') AND (column_name ~ 'lat|lng|lon|address|postcode|geom|point')`,
    );
    expect(columns).toEqual([]);
    const cells = await api.dataSource.query(`SELECT DISTINCT area_cell FROM person LIMIT 200`);
    for (const { area_cell } of cells) expect(isAreaCell(area_cell)).toBe(true);
  });

  it('does not seed twice', async () => {
    const [before] = await api.dataSource.query('SELECT count(*)::int AS n FROM person');
    const again = await startTestApi({ demoTown: 'S', databaseUrl: api.databaseUrl });
    await again.close();
    const [after] = await api.dataSource.query('SELECT count(*)::int AS n FROM person');
    expect(after.n).toBe(before.n);
  });
});
