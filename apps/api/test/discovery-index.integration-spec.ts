import { loadTown } from '@village/town';
import { Client } from 'pg';
import { candidateQuery } from '../src/discovery/discovery.service';
import type { SessionCriteria } from '../src/discovery/session-match';
import { startTestApi, TestApi } from './support/test-api';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

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

  const planOf = async (withinMetres: number | null, criteria = NO_FILTERS) => {
    const { sql, params } = candidateQuery(
      { latitude: 53.7946, longitude: -1.7564 },
      withinMetres,
      criteria,
      20,
      null,
    );
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodes(rows[0]['QUERY PLAN'][0].Plan as PlanNode);
  };

  it.each([
    ['the top 20 within 2 km', 2000],
    ['the 20 nearest, however far', null],
  ])('reads %s through the spaces’ plane index, never scanning sessions', async (_, within) => {
    const plan = await planOf(within);
    expect(plan.some((n) => n['Index Name'] === 'IDX_space_position')).toBe(true);
    expect(
      plan.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']),
    ).not.toContain('session');
    expect(
      plan.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']),
    ).not.toContain('space');
  });

  it('keeps to the indexes with filters on age, language and access too', async () => {
    const plan = await planOf(2000, {
      ...NO_FILTERS,
      ageMonths: 8,
      languages: ['ur'],
      freeOnly: true,
    });
    expect(plan.some((n) => n['Index Name'] === 'IDX_space_position')).toBe(true);
    expect(
      plan.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']),
    ).not.toContain('session');
  });
});
