import { loadTown } from '@village/town';
import { Client, Pool } from 'pg';
import { claimSnapshot, runAnalysis } from '../src/analytics/analysis-run';
import { GraphAnalysisTrigger } from '../src/analytics/graph-snapshot.entity';
import { RecommendationsService } from '../src/recommendations/recommendations.service';
import { reachOfLeastConnected } from '../src/recommendations/suggestion-score';
import { startTestApi, TestApi } from './support/test-api';

// Equity of reach (issue 12, item 5; docs/social-graph.md): across the synthetic town, the
// least-connected quarter of the people is shown at least its share of all suggestions.

/** Every fourth person of the S town (2,000 people) in id order: 500 parents asking. */
const SAMPLE_EVERY = 4;
const PER_PERSON = 5;

let api: TestApi;
let client: Client;
let pool: Pool;

beforeAll(async () => {
  api = await startTestApi();
  client = new Client({ connectionString: api.databaseUrl });
  await client.connect();
  await loadTown(client, { size: 'S', seed: 1 });
  pool = new Pool({ connectionString: api.databaseUrl, max: 2 });
  const snapshotId = await claimSnapshot(pool, '00000000-0000-4000-8000-000000000012', {
    trigger: GraphAnalysisTrigger.COMMAND_LINE,
  });
  await runAnalysis(pool, snapshotId!, { keepSnapshots: 1, seed: 1 });
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await client?.end();
  await api?.close();
});

it('shows the least-connected quarter of the town at least its share of suggestions', async () => {
  const { rows: people } = await client.query<{ personId: string; activeTies: number }>(
    `SELECT m.person_id AS "personId", m.active_ties AS "activeTies"
       FROM graph_person_measure m JOIN graph_snapshot s ON s.id = m.snapshot_id
      WHERE s.status = 'COMPLETE'
      ORDER BY m.person_id`,
  );
  const asking = people.filter((_, index) => index % SAMPLE_EVERY === 0);
  expect(asking).toHaveLength(500);

  const recommendations = api.app.get(RecommendationsService);
  const recipients: { activeTies: number; shown: number }[] = [];
  for (const { personId, activeTies } of asking) {
    const { ranked } = await recommendations.suggestSessions(personId, PER_PERSON);
    recipients.push({ activeTies, shown: ranked.length });
  }

  const reach = reachOfLeastConnected(recipients);
  // Something is suggested to most people, so the shares mean something.
  const shown = recipients.reduce((sum, { shown }) => sum + shown, 0);
  expect(shown).toBeGreaterThan(asking.length);
  expect(reach.shareOfPeople).toBe(0.25);
  expect(reach.shareOfShown).toBeGreaterThanOrEqual(reach.shareOfPeople);
}, 120_000);
