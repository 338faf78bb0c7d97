import { analyseTown, type TownAnalysis } from '@village/social-graph';
import type { Pool } from 'pg';
import type { AnalysisJobData } from './analysis-queue';
import { GraphAnalysisPhase } from './graph-snapshot.entity';
import { copyMeasures, snapshotRowCount } from './snapshot-writer';
import { readTown, TieColumns, type TownInput } from './town-reader';

/** PostgreSQL NOTIFY channel: the snapshot id, each time its progress or status changes. */
export const PROGRESS_CHANNEL = 'village_graph_analysis';

export interface AnalysisRunOptions {
  /** Complete snapshots to keep; older ones (and failed runs older than them) are deleted. */
  keepSnapshots: number;
  /** Sources sampled for betweenness (the engine's default when undefined). */
  betweennessSamples?: number;
  seed: number;
  /** The analysis time (now, by default). */
  now?: () => Date;
  /** The engine; a stand-in only in tests that need a run to stall or fail. */
  analyse?: (
    input: TownInput & { at: string; betweennessSamples?: number; seed?: number },
  ) => Promise<TownAnalysis>;
}

/** Where each phase sits on the whole run's 0–100 scale. */
const PHASE_SPAN: Record<GraphAnalysisPhase, [number, number]> = {
  [GraphAnalysisPhase.QUEUED]: [0, 0],
  [GraphAnalysisPhase.READING_PEOPLE]: [0, 20],
  [GraphAnalysisPhase.READING_GROUPS]: [20, 25],
  [GraphAnalysisPhase.READING_TIES]: [25, 50],
  [GraphAnalysisPhase.COMPUTING]: [50, 80],
  [GraphAnalysisPhase.WRITING]: [80, 99],
  [GraphAnalysisPhase.DONE]: [100, 100],
};

export function percentOf(phase: GraphAnalysisPhase, done: number, total: number): number {
  const [from, to] = PHASE_SPAN[phase];
  return Math.floor(from + (total > 0 ? ((to - from) * Math.min(done, total)) / total : 0));
}

/**
 * Writes progress to the snapshot row and announces it, when the phase or the whole percent
 * changes (so a big town makes about a hundred small updates, not one per row).
 */
export class ProgressReporter {
  private last: { phase: GraphAnalysisPhase; percent: number } | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly snapshotId: string,
  ) {}

  report = async (phase: GraphAnalysisPhase, done: number, total: number): Promise<void> => {
    const percent = percentOf(phase, done, total);
    if (this.last?.phase === phase && this.last.percent === percent && done < total) return;
    this.last = { phase, percent };
    await this.pool.query(
      `WITH changed AS (
         UPDATE graph_snapshot SET phase = $2, phase_done = $3, phase_total = $4, percent = $5
          WHERE id = $1 AND status = 'RUNNING' RETURNING id)
       SELECT pg_notify($6, id::text) FROM changed`,
      [this.snapshotId, phase, done, total, percent, PROGRESS_CHANNEL],
    );
  };
}

/**
 * Finds or makes the snapshot row of a job and marks it running for another attempt. Null when the
 * row is already COMPLETE: the attempt that wrote it died before telling the queue, and there is
 * nothing left to do.
 */
export async function claimSnapshot(
  pool: Pool,
  jobId: string,
  data: AnalysisJobData,
): Promise<string | null> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO graph_snapshot (job_id, trigger, requested_by_person_id, status, phase, attempts, started_at)
     VALUES ($1, $2, $3, 'RUNNING', 'READING_PEOPLE', 1, now())
     ON CONFLICT (job_id) DO UPDATE
        SET status = 'RUNNING', phase = 'READING_PEOPLE', phase_done = 0, phase_total = 0,
            percent = 0, attempts = graph_snapshot.attempts + 1, started_at = now(), error = NULL
      WHERE graph_snapshot.status <> 'COMPLETE'
     RETURNING id`,
    [jobId, data.trigger, data.requestedByPersonId ?? null],
  );
  const id = rows[0]?.id ?? null;
  if (id) {
    // Measures are written in the transaction that completes a snapshot, so an earlier attempt
    // left none; this only makes sure of it.
    for (const table of [
      'graph_person_measure',
      'graph_household_connectedness',
      'graph_area_measure',
      'graph_group_measure',
      'graph_group_community',
    ])
      await pool.query(`DELETE FROM ${table} WHERE snapshot_id = $1`, [id]);
    await pool.query(`SELECT pg_notify($1, $2)`, [PROGRESS_CHANNEL, id]);
  }
  return id;
}

/** Reads the town, runs the engine and writes the snapshot, completing it in one transaction. */
export async function runAnalysis(
  pool: Pool,
  snapshotId: string,
  options: AnalysisRunOptions,
): Promise<TownAnalysis> {
  const progress = new ProgressReporter(pool, snapshotId);
  const at = (options.now ?? (() => new Date()))();
  const reader = await pool.connect();
  let input: TownInput;
  try {
    input = await readTown(reader, at, progress.report);
  } finally {
    reader.release();
  }
  await progress.report(GraphAnalysisPhase.COMPUTING, 0, 1);
  const counts = {
    people: input.people.length,
    groups: input.groups.length,
    ties: input.ties.length,
  };
  const analyse = options.analyse ?? analyseTown;
  const analysis = await analyse({
    ...input,
    at: at.toISOString(),
    betweennessSamples: options.betweennessSamples,
    seed: options.seed,
  });
  // The input can go before writing: the engine's answer is all that is needed now.
  input = { people: [], groups: [], ties: new TieColumns() };
  const total = snapshotRowCount(analysis);
  await progress.report(GraphAnalysisPhase.WRITING, 0, total);

  const writer = await pool.connect();
  try {
    await writer.query('BEGIN');
    await copyMeasures(writer, snapshotId, analysis, (written) =>
      progress.report(GraphAnalysisPhase.WRITING, written, total),
    );
    const town = analysis.town;
    const completed = await writer.query(
      `UPDATE graph_snapshot
          SET status = 'COMPLETE', phase = 'DONE', percent = 100, phase_done = $2, phase_total = $2,
              finished_at = now(), at = $3, people_count = $4, group_count = $5, tie_count = $6,
              communities = $7, modularity = $8, share_without_active_tie = $9,
              median_active_ties = $10, share_with_bridging_tie = $11, share_with_linking_tie = $12,
              share_of_households_isolated = $13, error = NULL
        WHERE id = $1 AND status = 'RUNNING'`,
      [
        snapshotId,
        total,
        analysis.at,
        counts.people,
        counts.groups,
        counts.ties,
        town.communities,
        town.modularity,
        town.shareWithoutActiveTie,
        town.medianActiveTies,
        town.shareWithBridgingTie,
        town.shareWithLinkingTie,
        town.shareOfHouseholdsIsolated,
      ],
    );
    if (completed.rowCount !== 1)
      throw new Error(`snapshot ${snapshotId} is no longer running; not completing it`);
    await writer.query(
      `WITH kept AS (
         SELECT id, finished_at FROM graph_snapshot WHERE status = 'COMPLETE'
          ORDER BY finished_at DESC LIMIT $1)
       DELETE FROM graph_snapshot
        WHERE (status = 'COMPLETE' AND id NOT IN (SELECT id FROM kept))
           OR (status = 'FAILED' AND created_at < (SELECT min(finished_at) FROM kept)
               AND (SELECT count(*) FROM kept) >= $1)`,
      [options.keepSnapshots],
    );
    await writer.query(`SELECT pg_notify($1, $2)`, [PROGRESS_CHANNEL, snapshotId]);
    await writer.query('COMMIT');
  } catch (error) {
    await writer.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    writer.release();
  }
  return analysis;
}

/** Records why an attempt failed; the run is FAILED when the queue will not try again. */
export async function recordFailure(
  pool: Pool,
  snapshotId: string,
  message: string,
  final: boolean,
): Promise<void> {
  await pool.query(
    `WITH changed AS (
       UPDATE graph_snapshot SET error = $2, status = CASE WHEN $3 THEN 'FAILED'::graph_snapshot_status ELSE status END,
              finished_at = CASE WHEN $3 THEN now() ELSE finished_at END
        WHERE id = $1 AND status <> 'COMPLETE' RETURNING id)
     SELECT pg_notify($4, id::text) FROM changed`,
    [snapshotId, message.slice(0, 1000), final, PROGRESS_CHANNEL],
  );
}

/**
 * Marks FAILED the runs whose job the queue has given up on (a worker killed on its last attempt
 * cannot say so itself). Returns how many.
 */
export async function failAbandonedRuns(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ id: string }>(
    `UPDATE graph_snapshot s
        SET status = 'FAILED', finished_at = now(),
            error = COALESCE(error, 'The worker running it stopped and the queue gave up on it.')
      WHERE s.status IN ('QUEUED', 'RUNNING')
        AND NOT EXISTS (SELECT 1 FROM pgboss.job j
                         WHERE j.id = s.job_id AND j.state IN ('created', 'retry', 'active'))
      RETURNING id`,
  );
  for (const row of rows) await pool.query(`SELECT pg_notify($1, $2)`, [PROGRESS_CHANNEL, row.id]);
  return rows.length;
}
