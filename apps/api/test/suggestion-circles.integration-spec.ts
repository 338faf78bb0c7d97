import { Pool } from 'pg';
import { claimSnapshot, runAnalysis } from '../src/analytics/analysis-run';
import { GraphAnalysisTrigger } from '../src/analytics/graph-snapshot.entity';
import { AnalyticsService } from '../src/analytics/analytics.service';
import { RecommendationsRepository } from '../src/recommendations/recommendations.repository';
import { createGroup, createPerson, createSession, createSpace } from './support/factories';
import { GROUP_COMMUNITY_COUNTS, writeSnapshot } from './support/snapshots';
import { startTestApi, TestApi } from './support/test-api';

// The circle of a suggested session (docs/social-graph.md, "Suggestions that build bridges"): its
// group's members as of the latest snapshot, counted by community from the counts the analysis
// writes with it (graph_group_community), and the people going to a coming date who were not
// members then, counted live; never the viewer.

let api: TestApi;
let groupId: string;
let sessionId: string;
const today = new Date().toISOString().slice(0, 10);
const people: Record<string, string> = {};

const join = (person: string) =>
  api.dataSource.query(`INSERT INTO membership (person_id, group_id) VALUES ($1, $2)`, [
    people[person],
    groupId,
  ]);
const go = (person: string, daysAhead: number) =>
  api.dataSource.query(
    `INSERT INTO session_rsvp (session_id, occurs_on, person_id, status)
     VALUES ($1, current_date + $2::int, $3, 'GOING')`,
    [sessionId, daysAhead, people[person]],
  );

async function circleOf(viewer: string): Promise<Record<number, number>> {
  const snapshot = await api.app.get(AnalyticsService).latestComplete();
  const circles = await api.app
    .get(RecommendationsRepository)
    .circles(snapshot!, [sessionId], people[viewer]!, today);
  return Object.fromEntries(circles.get(sessionId) ?? []);
}

beforeAll(async () => {
  api = await startTestApi();
  const organiser = await api.signUp('Olu Organiser');
  people['organiser'] = organiser.personId;
  groupId = (await createGroup(organiser, { name: 'Rhyme Time' })).id;
  const space = await createSpace(organiser);
  sessionId = (await createSession(organiser, { groupId, spaceId: space.id })).id;
  for (const name of [
    'viewer',
    'member',
    'memberWhoGoes',
    'leaver',
    'goer',
    'lateJoiner',
    'lateJoinerWhoGoes',
    'outsider',
  ])
    people[name] = await createPerson(api, name);
  for (const name of ['viewer', 'member', 'memberWhoGoes', 'leaver']) await join(name);
  await go('memberWhoGoes', 7);
  await go('goer', 7);
  await go('goer', 14); // two dates, one person
  await go('outsider', -7); // a past date is not a coming one
});

afterAll(async () => {
  await api?.close();
});

describe('the circle of a suggested session', () => {
  it('counts its members as of the snapshot and the people going who were not members then, never the viewer', async () => {
    await writeSnapshot(api.dataSource, [
      [people['organiser']!, 3],
      [people['viewer']!, 1],
      [people['member']!, 1],
      [people['memberWhoGoes']!, 2],
      [people['leaver']!, 2],
      [people['goer']!, 4],
      [people['lateJoiner']!, 6],
      [people['lateJoinerWhoGoes']!, 4],
      [people['outsider']!, 5],
    ]);
    // After the snapshot: one member leaves, two people join and one of them goes.
    await api.dataSource.query(`DELETE FROM membership WHERE person_id = $1`, [people['leaver']]);
    await join('lateJoiner');
    await join('lateJoinerWhoGoes');
    await go('lateJoinerWhoGoes', 7);

    expect(await circleOf('viewer')).toEqual({
      1: 1, // the member; the viewer is left out of her own group's count
      2: 2, // the member who also goes, once, and the one who has left since the snapshot
      3: 1, // the organiser
      4: 2, // the goer (two dates) and the one who joined after the snapshot and goes
      // Not the one who joined after the snapshot and does not go (6), nor the past date's (5).
    });
    // Someone outside the group sees the viewer counted too.
    expect(await circleOf('outsider')).toEqual({ 1: 2, 2: 2, 3: 1, 4: 2 });
  });
});

describe('the counts written with each snapshot', () => {
  let pool: Pool;

  beforeAll(() => {
    pool = new Pool({ connectionString: api.databaseUrl, max: 2 });
  });

  afterAll(async () => {
    await pool?.end();
  });

  const analyse = async (job: string) => {
    const id = await claimSnapshot(pool, job, { trigger: GraphAnalysisTrigger.COMMAND_LINE });
    await runAnalysis(pool, id!, { keepSnapshots: 1, seed: 1 });
    return id!;
  };
  const countsOf = (snapshotId: string) =>
    api.dataSource.query(
      `SELECT group_id AS "groupId", community, people FROM graph_group_community
        WHERE snapshot_id = $1 ORDER BY 1, 2`,
      [snapshotId],
    );

  it('equal a direct count of each group’s members by community, and go with their snapshot', async () => {
    const first = await analyse('00000000-0000-4000-8000-000000000101');
    const counted = await api.dataSource.query(GROUP_COMMUNITY_COUNTS, [first]);
    expect(counted.length).toBeGreaterThan(0);
    expect(await countsOf(first)).toEqual(counted);

    // Keeping one snapshot, the next run deletes the first, and its counts with it.
    const second = await analyse('00000000-0000-4000-8000-000000000102');
    expect(await countsOf(second)).toEqual(
      await api.dataSource.query(GROUP_COMMUNITY_COUNTS, [second]),
    );
    const left = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM graph_group_community WHERE snapshot_id <> $1`,
      [second],
    );
    expect(left).toEqual([{ n: 0 }]);
  });
});
