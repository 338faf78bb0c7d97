import { analyseTown, type PersonAttributes, type TieRecord } from '@village/social-graph';
import { loadTown } from '@village/town';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { follow, type RunRow } from '../src/graph-cli';
import { graphql } from './gql';
import { GROUP_COMMUNITY_COUNTS } from './support/snapshots';
import { startTestApi, subscribe, type Member, type TestApi } from './support/test-api';

/**
 * The social-graph analysis job end to end on a real PostgreSQL: the API queues, analytics worker
 * processes (the built `analytics-worker.js`, never the API's event loop) take the job, and the
 * snapshot they write is what the engine gives for the same rows.
 */
const WORKER = join(__dirname, '../../../dist/api/apps/api/src/analytics-worker.js');

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<number | null>;
  output: () => string;
}

const workers: Worker[] = [];

function startWorker(api: TestApi, env: Record<string, string> = {}): Worker {
  const child = spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: api.databaseUrl,
      GRAPH_ANALYSIS_SCHEDULE: 'off',
      GRAPH_ANALYSIS_HEARTBEAT_SECONDS: '10',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('waiting for social-graph analysis jobs')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const worker = { child, ready, exited, output: () => output };
  workers.push(worker);
  return worker;
}

/** Stops a worker as an operator would; one stuck on a lock is killed after 15 s. */
async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) {
    worker.child.kill('SIGTERM');
    const stuck = setTimeout(() => worker.child.kill('SIGKILL'), 15_000);
    await worker.exited;
    clearTimeout(stuck);
  }
}

/** A connection holding a row lock during the crash test, let go even when that test fails. */
let holder: Client | null = null;

/** Waits for a condition read from the database, checking every 100 ms (no fixed sleep). */
async function until<T>(
  read: () => Promise<T | null | undefined | false>,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const START = graphql(`
  mutation AnalyticsStart {
    startSocialGraphAnalysis {
      id
      status
    }
  }
`);

const CHANGED = graphql(`
  subscription AnalyticsChanged($id: ID) {
    socialGraphAnalysisChanged(id: $id) {
      id
      status
      phase
      percent
      phaseDone
      phaseTotal
    }
  }
`);

const LATEST = graphql(`
  query AnalyticsLatest($id: ID) {
    socialGraphAnalysis(id: $id) {
      id
      status
      peopleCount
      tieCount
      communities
      modularity
      town {
        people
        shareWithoutActiveTie
        medianActiveTies
        shareWithBridgingTie
        shareWithLinkingTie
        shareOfHouseholdsIsolated
      }
      areas {
        areaCell
        people
      }
      households {
        households
        isolated
      }
    }
  }
`);

const MINE = graphql(`
  query AnalyticsMine {
    myConnectedness {
      activeTies
      bondingTies
      bridgingTies
      linkingTies
      groups
      helpGiven
      helpReceived
      egoOneHop
      egoTwoHop
    }
  }
`);

type Event = {
  status: string;
  phase: string;
  percent: number;
  phaseDone: number;
  phaseTotal: number;
};

/** The expected analysis, from the town's rows read plainly here (not through the job's reader). */
async function expectedAnalysis(client: Client, at: string) {
  const people = (
    await client.query<{
      id: string;
      household_id: string | null;
      area: string | null;
      languages: string[];
      help_given: number;
      help_received: number;
    }>(
      `SELECT p.id, p.household_id, COALESCE(h.area_cell, p.area_cell) AS area, p.languages,
              p.help_given, p.help_received
         FROM person p LEFT JOIN household h ON h.id = p.household_id
        WHERE p.erased_at IS NULL ORDER BY p.id`,
    )
  ).rows;
  const groups = (
    await client.query<{ id: string; languages: string[] }>(
      `SELECT id, languages FROM village_group WHERE archived_at IS NULL ORDER BY id`,
    )
  ).rows;
  const liveGroups = new Set(groups.map((g) => g.id));
  const memberships = (
    await client.query<{ person_id: string; group_id: string; role: string }>(
      `SELECT person_id, group_id, role FROM membership ORDER BY group_id`,
    )
  ).rows.filter((m) => liveGroups.has(m.group_id));
  const vetted = new Set(
    (
      await client.query<{ person_id: string }>(
        `SELECT person_id FROM worker_vetting WHERE revoked_at IS NULL
            AND issued_on <= ($1::timestamptz AT TIME ZONE 'Europe/London')::date
            AND expires_on > ($1::timestamptz AT TIME ZONE 'Europe/London')::date`,
        [at],
      )
    ).rows.map((row) => row.person_id),
  );
  const ties = (
    await client.query<{
      id: string;
      kind: string;
      provenance: TieRecord['source'];
      strength: number;
      last_seen_at: Date;
      from_person_id: string | null;
      from_group_id: string | null;
      to_person_id: string | null;
      to_group_id: string | null;
    }>(`SELECT * FROM tie`)
  ).rows.sort((a, b) => Number(a.id) - Number(b.id));
  const livePeople = new Set(people.map((p) => p.id));
  const lastContact = new Map<string, number>();
  for (const tie of ties) {
    if (!['CO_ATTENDANCE', 'EXCHANGED_HELP', 'INTRODUCED'].includes(tie.provenance)) continue;
    for (const end of [tie.from_person_id, tie.to_person_id])
      if (end)
        lastContact.set(end, Math.max(lastContact.get(end) ?? 0, tie.last_seen_at.getTime()));
  }
  const input: PersonAttributes[] = people.map((p) => {
    const mine = memberships.filter((m) => m.person_id === p.id);
    return {
      key: p.id,
      householdKey: p.household_id ?? `person:${p.id}`,
      areaCell: p.area,
      languages: p.languages,
      groups: mine.map((m) => m.group_id),
      holdsPower: mine.some((m) => m.role === 'ORGANISER') || vetted.has(p.id),
      helpGiven: p.help_given,
      helpReceived: p.help_received,
      lastContactAt: lastContact.has(p.id) ? new Date(lastContact.get(p.id)!).toISOString() : null,
    };
  });
  const alive = (person: string | null, group: string | null) =>
    person ? livePeople.has(person) : group ? liveGroups.has(group) : false;
  const records: TieRecord[] = ties
    .filter((t) => t.kind !== 'GROUP_SPACE')
    .filter((t) => alive(t.from_person_id, t.from_group_id) && alive(t.to_person_id, t.to_group_id))
    .map((t) => ({
      from: (t.from_person_id ?? t.from_group_id)!,
      to: (t.to_person_id ?? t.to_group_id)!,
      source: t.provenance,
      strength: t.strength,
      lastSeenAt: t.last_seen_at.toISOString(),
    }));
  return analyseTown({
    at,
    people: input,
    groups: groups.map((g) => ({ key: g.id, languages: g.languages })),
    ties: records,
    seed: 1,
  });
}

describe('the social-graph analysis job', () => {
  let api: TestApi;
  let db: Client;
  let admin: Member;
  let amira: Member;
  let bilal: Member;
  let firstSnapshot: string;

  beforeAll(async () => {
    if (!existsSync(WORKER))
      throw new Error(`${WORKER} is missing: build the API first (npx nx run api:build).`);
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    await loadTown(db, { size: 'S', seed: 7 });
    admin = await api.signUp('Admin A.');
    await api.grantRole(admin, 'ADMIN');
    amira = await api.signUp('Amira B.', { profile: { languages: ['en', 'ur'] } });
    bilal = await api.signUp('Bilal C.', { profile: { languages: ['pl'] } });
    // Amira exchanged help with three townspeople and with Bilal; Bilal with nobody else.
    const { rows: neighbours } = await db.query<{ id: string }>(
      `SELECT id FROM person WHERE id NOT IN ($1, $2, $3) ORDER BY id LIMIT 3`,
      [admin.personId, amira.personId, bilal.personId],
    );
    for (const other of [...neighbours.map((row) => row.id), bilal.personId])
      await db.query(
        `INSERT INTO tie (kind, provenance, strength, from_person_id, to_person_id, first_seen_at, last_seen_at)
         VALUES ('PERSON_PERSON', 'EXCHANGED_HELP', 1, $1, $2, now(), now())`,
        [amira.personId, other],
      );
  }, 120_000);

  afterAll(async () => {
    await holder?.end().catch(() => undefined);
    await Promise.all(workers.map(stopWorker));
    await db?.end();
    await api?.close();
  });

  it('joins the run already waiting rather than queueing a second', async () => {
    const first = await admin.gql(START);
    const second = await admin.gql(START);
    expect(first.data?.startSocialGraphAnalysis.status).toBe('QUEUED');
    expect(second.data?.startSocialGraphAnalysis.id).toBe(first.data?.startSocialGraphAnalysis.id);
    const { rows } = await db.query(`SELECT id FROM graph_snapshot`);
    expect(rows).toHaveLength(1);
    firstSnapshot = first.data!.startSocialGraphAnalysis.id;
  });

  it('runs in a worker process, reports progress to 100% live, and writes what the engine gives for the same rows', async () => {
    const events: Event[] = [];
    const ended = new Promise<void>((resolve, reject) => {
      subscribe(
        admin.subscriptionClient(),
        CHANGED,
        { id: firstSnapshot },
        {
          next: (message) => {
            if (message.errors) reject(new Error(JSON.stringify(message.errors)));
            if (message.data) events.push(message.data.socialGraphAnalysisChanged);
          },
          error: reject,
          complete: resolve,
        },
      );
    });
    const worker = startWorker(api, { GRAPH_ANALYSIS_SCHEDULE: '15 2 * * *' });
    await worker.ready;
    await ended;

    // The stream began with the waiting run and ended with the complete one.
    expect(events[0]).toMatchObject({ status: 'QUEUED', percent: 0 });
    expect(events.at(-1)).toMatchObject({ status: 'COMPLETE', phase: 'DONE', percent: 100 });
    const percents = events.map((event) => event.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const phases = [...new Set(events.map((event) => event.phase))];
    expect(phases).toEqual(
      expect.arrayContaining(['READING_PEOPLE', 'READING_TIES', 'COMPUTING', 'WRITING', 'DONE']),
    );

    // The worker registered the nightly schedule it was given.
    const { rows: schedules } = await db.query(
      `SELECT cron FROM pgboss.schedule WHERE name = 'social-graph-analysis'`,
    );
    expect(schedules).toEqual([{ cron: '15 2 * * *' }]);

    const [snapshot] = (
      await db.query<{ at: Date }>(`SELECT at FROM graph_snapshot WHERE id = $1`, [firstSnapshot])
    ).rows;
    const expected = await expectedAnalysis(db, snapshot!.at.toISOString());

    const people = (
      await db.query(
        `SELECT person_id AS key, active_ties AS "activeTies", weighted_degree AS "weightedDegree",
                ego_one_hop AS "egoOneHop", ego_two_hop AS "egoTwoHop", groups,
                help_given AS "helpGiven", help_received AS "helpReceived", community,
                bonding_ties AS "bondingTies", bridging_ties AS "bridgingTies",
                linking_ties AS "linkingTies", betweenness, effective_size AS "effectiveSize"
           FROM graph_person_measure WHERE snapshot_id = $1 ORDER BY person_id`,
        [firstSnapshot],
      )
    ).rows;
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    expect(people).toHaveLength(expected.people.length);
    expect(people).toEqual([...expected.people].sort(byKey));

    const households = (
      await db.query<{ key: string; factors: string[] }>(
        `SELECT COALESCE(household_id::text, 'person:' || person_id) AS key, factors
           FROM graph_household_connectedness WHERE snapshot_id = $1`,
        [firstSnapshot],
      )
    ).rows;
    expect(households.sort(byKey)).toEqual(
      expected.households.map((h) => ({ key: h.householdKey, factors: h.factors })).sort(byKey),
    );
    const aggregate = `people, share_without_active_tie AS "shareWithoutActiveTie",
      median_active_ties AS "medianActiveTies", share_with_bridging_tie AS "shareWithBridgingTie",
      share_with_linking_tie AS "shareWithLinkingTie",
      share_of_households_isolated AS "shareOfHouseholdsIsolated"`;
    const areas = (
      await db.query(
        `SELECT area_cell AS "areaCell", ${aggregate} FROM graph_area_measure WHERE snapshot_id = $1 ORDER BY area_cell`,
        [firstSnapshot],
      )
    ).rows;
    expect(areas).toEqual([...expected.areas].sort((a, b) => (a.areaCell < b.areaCell ? -1 : 1)));
    const groups = (
      await db.query(
        `SELECT group_id AS key, ${aggregate} FROM graph_group_measure WHERE snapshot_id = $1 ORDER BY group_id`,
        [firstSnapshot],
      )
    ).rows;
    expect(groups).toEqual(expected.groups.map(({ communities: _, ...g }) => g).sort(byKey));
    // Each group's members by community: the engine's, and a direct count of the same rows.
    const byGroupAndCommunity = (
      a: { groupId: string; community: number },
      b: { groupId: string; community: number },
    ) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : a.community - b.community);
    const groupCommunities = (
      await db.query(
        `SELECT group_id AS "groupId", community, people FROM graph_group_community
          WHERE snapshot_id = $1 ORDER BY 1, 2`,
        [firstSnapshot],
      )
    ).rows;
    expect(groupCommunities).toEqual(
      expected.groups
        .flatMap((g) => g.communities.map((c) => ({ groupId: g.key, ...c })))
        .sort(byGroupAndCommunity),
    );
    expect(groupCommunities.length).toBeGreaterThan(expected.groups.length);
    expect(groupCommunities).toEqual(
      (await db.query(GROUP_COMMUNITY_COUNTS, [firstSnapshot])).rows,
    );

    // The API serves that snapshot: the town's figures, and only areas of 5 people or more.
    const served = (await admin.gql(LATEST, {})).data?.socialGraphAnalysis;
    const { communities, modularity, ...town } = expected.town;
    expect(served).toMatchObject({
      id: firstSnapshot,
      status: 'COMPLETE',
      peopleCount: expected.people.length,
      communities,
      modularity,
      town,
    });
    expect(served!.areas).toEqual(
      expected.areas
        .filter((area) => area.people >= 5)
        .map(({ areaCell, people: count }) => ({ areaCell, people: count }))
        .sort((a, b) => (a.areaCell < b.areaCell ? -1 : 1)),
    );
    expect(expected.areas.some((area) => area.people < 5)).toBe(true);
    expect(served!.households).toEqual({
      households: expected.households.length,
      isolated: expected.households.filter((h) => h.factors.length >= 3).length,
    });
  }, 120_000);

  it('shows each member their own measures only, and nothing to anonymous callers', async () => {
    const expectedOf = async (member: Member) =>
      (
        await db.query(
          `SELECT active_ties AS "activeTies", bonding_ties AS "bondingTies",
                  bridging_ties AS "bridgingTies", linking_ties AS "linkingTies", groups,
                  help_given AS "helpGiven", help_received AS "helpReceived",
                  ego_one_hop AS "egoOneHop", ego_two_hop AS "egoTwoHop"
             FROM graph_person_measure WHERE snapshot_id = $1 AND person_id = $2`,
          [firstSnapshot, member.personId],
        )
      ).rows[0];
    const amiras = await amira.gql(MINE);
    const bilals = await bilal.gql(MINE);
    expect(amiras).toEqual({ data: { myConnectedness: await expectedOf(amira) } });
    expect(amiras.data?.myConnectedness?.activeTies).toBe(4);
    expect(bilals).toEqual({ data: { myConnectedness: await expectedOf(bilal) } });
    expect(bilals.data?.myConnectedness?.activeTies).toBe(1);
    const anonymous = await api.gql(MINE);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('survives a worker killed in the middle of writing: another finishes the job, and only one complete snapshot exists for it', async () => {
    await Promise.all(workers.map(stopWorker));
    const started = await admin.gql(START);
    const runId = started.data!.startSocialGraphAnalysis.id;
    // Hold a household's row so the worker stops at the household COPY, after its people are
    // copied in the same transaction: killed there, none of them may remain.
    holder = new Client({ connectionString: api.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM household ORDER BY id DESC LIMIT 1 FOR UPDATE`);
    const doomed = startWorker(api);
    await doomed.ready;
    await until(async () => {
      const { rows } = await db.query(
        `SELECT 1 FROM pg_stat_activity WHERE application_name = 'village-analytics'
            AND wait_event_type = 'Lock' AND query LIKE 'COPY graph_household_connectedness%'`,
      );
      return rows.length > 0;
    }, 'the worker to be stuck writing');
    const running = (await admin.gql(LATEST, { id: runId })).data?.socialGraphAnalysis;
    expect(running).toMatchObject({ status: 'RUNNING', town: null, areas: [], households: null });

    // Mid-run, the API still serves the previous complete snapshot, to admins and members alike.
    expect((await admin.gql(LATEST, {})).data?.socialGraphAnalysis?.id).toBe(firstSnapshot);
    expect((await amira.gql(MINE)).data?.myConnectedness?.activeTies).toBe(4);

    doomed.child.kill('SIGKILL');
    await doomed.exited;
    await holder.query('ROLLBACK');
    await holder.end();
    holder = null;
    // Nothing of the killed attempt was written.
    const { rows: partial } = await db.query(
      `SELECT count(*)::int AS n FROM graph_person_measure WHERE snapshot_id = $1`,
      [runId],
    );
    expect(partial).toEqual([{ n: 0 }]);

    const rescuer = startWorker(api);
    await rescuer.ready;
    const final: RunRow = await follow(api.databaseUrl, runId, () => undefined);
    expect(final).toMatchObject({ status: 'COMPLETE', percent: 100 });

    const { rows: runs } = await db.query(
      `SELECT s.id, s.status, s.attempts FROM graph_snapshot s WHERE s.id = $1 OR s.job_id = (
         SELECT job_id FROM graph_snapshot WHERE id = $1)`,
      [runId],
    );
    expect(runs).toEqual([{ id: runId, status: 'COMPLETE', attempts: 2 }]);
    const { rows: counts } = await db.query(
      `SELECT (SELECT count(*)::int FROM graph_person_measure WHERE snapshot_id = $1) AS people,
              (SELECT count(*)::int FROM person WHERE erased_at IS NULL) AS town`,
      [runId],
    );
    expect(counts[0].people).toBe(counts[0].town);
    const { rows: complete } = await db.query(
      `SELECT count(*)::int AS n FROM graph_snapshot WHERE status = 'COMPLETE'`,
    );
    expect(complete).toEqual([{ n: 2 }]);
    // The newest complete snapshot is served from now on.
    expect((await admin.gql(LATEST, {})).data?.socialGraphAnalysis?.id).toBe(runId);
  }, 120_000);

  it('never runs while another run holds the analysis lock, and runs once it is let go', async () => {
    // As a worker whose job the queue wrongly gave to another would hold it (ANALYSIS_LOCK).
    const other = new Client({ connectionString: api.databaseUrl });
    await other.connect();
    holder = other;
    await other.query('SELECT pg_advisory_lock(72016012)');
    const started = await admin.gql(START);
    const runId = started.data!.startSocialGraphAnalysis.id;
    const job = await until(async () => {
      const { rows } = await db.query<{ state: string; retry_count: number }>(
        `SELECT j.state, j.retry_count FROM pgboss.job j JOIN graph_snapshot s ON s.job_id = j.id
          WHERE s.id = $1`,
        [runId],
      );
      return rows[0] && rows[0].retry_count >= 1 ? rows[0] : null;
    }, 'a worker to refuse the job');
    expect(job.state).not.toBe('completed');
    const { rows: run } = await db.query(
      `SELECT status, attempts, (SELECT count(*)::int FROM graph_person_measure WHERE snapshot_id = $1) AS rows
         FROM graph_snapshot WHERE id = $1`,
      [runId],
    );
    expect(run).toEqual([{ status: 'QUEUED', attempts: 0, rows: 0 }]);
    await other.end();
    holder = null;
    const final = await follow(api.databaseUrl, runId, () => undefined);
    expect(final).toMatchObject({ status: 'COMPLETE' });
  }, 60_000);

  it('forgets an erased member’s measures and household in every snapshot', async () => {
    const before = await db.query(
      `SELECT count(*)::int AS n FROM graph_person_measure WHERE person_id = $1`,
      [amira.personId],
    );
    expect(before.rows).toEqual([{ n: 3 }]);
    const { rows: households } = await db.query<{ household_id: string | null }>(
      `SELECT household_id FROM person WHERE id = $1`,
      [amira.personId],
    );
    const erased = await amira.gql(
      graphql(`
        mutation AnalyticsErase($p: String!) {
          deleteMyAccount(password: $p)
        }
      `),
      { p: amira.password },
    );
    expect(erased.data).toEqual({ deleteMyAccount: true });
    const after = await db.query(
      `SELECT (SELECT count(*)::int FROM graph_person_measure WHERE person_id = $1) AS measures,
              (SELECT count(*)::int FROM graph_household_connectedness
                WHERE person_id = $1 OR household_id = $2) AS households`,
      [amira.personId, households[0]!.household_id],
    );
    expect(after.rows).toEqual([{ measures: 0, households: 0 }]);
    // Bilal's own rows stay.
    const bilals = await db.query(
      `SELECT count(*)::int AS n FROM graph_person_measure WHERE person_id = $1`,
      [bilal.personId],
    );
    expect(bilals.rows).toEqual([{ n: 3 }]);
  });

  it('ends a live view of the runs when the viewer stops being an admin', async () => {
    const watcher = await api.signUp('Admin W.');
    await api.grantRole(watcher, 'ADMIN');
    const received: string[] = [];
    let first!: () => void;
    const arrived = new Promise<void>((resolve) => (first = resolve));
    const refused = new Promise<unknown[]>((resolve) => {
      subscribe(
        watcher.subscriptionClient(),
        CHANGED,
        {},
        {
          next: (message) => {
            if (message.errors) resolve(message.errors.map((error) => error.extensions?.['code']));
            if (message.data) {
              received.push(message.data.socialGraphAnalysisChanged.status);
              first();
            }
          },
          error: (errors) =>
            resolve(
              (Array.isArray(errors) ? errors : [errors]).map(
                (error) => (error as { extensions?: { code?: string } }).extensions?.code,
              ),
            ),
          complete: () => resolve([]),
        },
      );
    });
    // A worker's report, as the worker sends it, until the stream is in place and delivers it.
    const report = () =>
      db.query(`SELECT pg_notify('village_graph_analysis', $1)`, [firstSnapshot]);
    await until(async () => {
      await report();
      return Promise.race([
        arrived.then(() => true),
        new Promise((r) => setTimeout(r, 100, false)),
      ]);
    }, 'the first live event');
    expect(received).toEqual(['COMPLETE']);
    await db.query(`UPDATE account SET roles = '{}' WHERE person_id = $1`, [watcher.personId]);
    await report();
    expect(await refused).toEqual(['FORBIDDEN']);
    expect(received).toEqual(['COMPLETE']);
  });
});
