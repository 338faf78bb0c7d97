import { loadTown } from '@village/town';
import { Client } from 'pg';
import { candidateQuery, wholeRowColumns } from '../src/discovery/discovery.service';
import { ROUND, Seek } from '../src/discovery/near';
import { groupQuery, spaceQuery } from '../src/discovery/place-search.service';
import type { SessionCriteria } from '../src/discovery/session-match';
import { startTestApi, TestApi } from './support/test-api';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
const seqScanned = (plan: PlanNode[]) =>
  plan.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']);
const readsPlaneIndex = (plan: PlanNode[]) =>
  plan.some((n) => n['Index Name'] === 'IDX_space_position');

const TOWN_CENTRE = { latitude: 53.7946, longitude: -1.7564 };
// A second page: past the nearest half kilometre (the id only orders equal distances).
const PAST_500_M: Seek = { distance: 500, id: '00000000-0000-0000-0000-000000000000' };

const NO_FILTERS: SessionCriteria = {
  ageMonths: null,
  expecting: false,
  languages: [],
  freeOnly: false,
  accessibility: [],
  groupKinds: [],
  text: null,
  weekdays: [],
  startsFrom: null,
  startsBy: null,
};

// The L town (100,000 people) is loaded into this spec's own database: the plans are the ones the
// real data gets, not those of a near-empty table.
describe('discovery on the L town uses the indexes', () => {
  let api: TestApi;
  let client: Client;
  beforeAll(async () => {
    api = await startTestApi();
    client = new Client({ connectionString: api.databaseUrl });
    await client.connect();
    await loadTown(client, { size: 'L', seed: 1 });
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  const planOf = async ({ sql, params }: { sql: string; params: unknown[] }) => {
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodes(rows[0]['QUERY PLAN'][0].Plan as PlanNode);
  };
  // The statement the search runs: a page and one more, each with its session, space and group.
  const sessionPlan = (withinMetres: number | null, criteria = NO_FILTERS) =>
    planOf(
      candidateQuery(
        TOWN_CENTRE,
        withinMetres,
        criteria,
        21,
        null,
        null,
        wholeRowColumns(api.dataSource),
      ),
    );

  it.each([
    ['the top 20 within 2 km', 2000],
    ['the 20 nearest, however far', null],
  ])('reads %s through the spaces’ plane index, never scanning sessions', async (_, within) => {
    const plan = await sessionPlan(within);
    expect(readsPlaneIndex(plan)).toBe(true);
    expect(seqScanned(plan)).not.toContain('session');
    expect(seqScanned(plan)).not.toContain('space');
  });

  it('keeps to the indexes with filters on age, language and access too', async () => {
    const plan = await sessionPlan(2000, {
      ...NO_FILTERS,
      ageMonths: 8,
      languages: ['ur'],
      freeOnly: true,
    });
    expect(readsPlaneIndex(plan)).toBe(true);
    expect(seqScanned(plan)).not.toContain('session');
  });

  // spaceSearch reads a round of a page and two more: 22 for a page of 20.
  const spacePlan = (withinMetres: number | null, seek: Seek | null) =>
    planOf(
      spaceQuery(TOWN_CENTRE, { withinMetres, kinds: [], accessibility: [], text: null }, 22, seek),
    );

  it.each([
    ['within 2 km', 2000, null],
    ['nearest, however far', null, null],
    ['within 2 km, past a cursor', 2000, PAST_500_M],
    ['nearest, past a cursor', null, PAST_500_M],
  ])('finds spaces %s through the plane index, never scanning spaces', async (_, within, seek) => {
    const plan = await spacePlan(within, seek);
    expect(readsPlaneIndex(plan)).toBe(true);
    expect(seqScanned(plan)).not.toContain('space');
  });

  const groupPlan = (withinMetres: number | null, seek: Seek | null, languages: string[] = []) =>
    planOf(
      groupQuery(TOWN_CENTRE, { withinMetres, groupKinds: [], languages, text: null }, ROUND, seek),
    );

  it.each([
    ['within 2 km', 2000, null],
    ['nearest, however far', null, null],
    ['within 2 km, past a cursor', 2000, PAST_500_M],
    ['nearest, past a cursor', null, PAST_500_M],
  ])(
    'finds groups %s from the nearest spaces, never scanning spaces, sessions or groups',
    async (_, within, seek) => {
      const plan = await groupPlan(within, seek);
      expect(readsPlaneIndex(plan)).toBe(true);
      expect(seqScanned(plan)).toEqual([]);
    },
  );

  // Few groups speak a language, so PostgreSQL may start from them; spaces are still looked up.
  it.each([
    ['within 2 km', 2000],
    ['nearest, however far', null],
  ])('finds groups in a language %s without scanning spaces', async (_, within) => {
    const plan = await groupPlan(within, null, ['ur']);
    expect(seqScanned(plan)).not.toContain('space');
  });
});
