import { TOWN_TIME_ZONE } from '@village/shared';
import type { PgBoss } from 'pg-boss';
import { GraphAnalysisTrigger } from './graph-snapshot.entity';

/** The pg-boss queue the analysis jobs go through, in the app's own PostgreSQL (schema `pgboss`). */
export const ANALYSIS_QUEUE = 'social-graph-analysis';

/** What a job carries. Scheduled jobs carry only the trigger. */
export interface AnalysisJobData {
  trigger: GraphAnalysisTrigger;
  requestedByPersonId?: string | null;
}

export interface AnalysisQueueOptions {
  /** A crashed worker's job is retried once it has missed its heartbeat for this long. */
  heartbeatSeconds: number;
  /** Attempts after the first before the run is given up as FAILED. */
  retryLimit: number;
}

/**
 * Creates the queue if it is missing. `stately`: at most one job waiting and one running, so a
 * second request while one waits joins it, and two analyses never run at once whatever the
 * number of workers.
 */
export async function ensureAnalysisQueue(
  boss: PgBoss,
  options: AnalysisQueueOptions,
): Promise<void> {
  const settings = {
    retryLimit: options.retryLimit,
    retryDelay: 1,
    // A town of tens of thousands takes minutes; the heartbeat, not this, catches a crashed worker.
    expireInSeconds: 6 * 60 * 60,
  };
  if (await boss.getQueue(ANALYSIS_QUEUE)) await boss.updateQueue(ANALYSIS_QUEUE, settings);
  else
    await boss.createQueue(ANALYSIS_QUEUE, {
      ...settings,
      policy: 'stately',
      heartbeatSeconds: options.heartbeatSeconds,
    });
}

/** Per-job options: the heartbeat travels with each job, so a changed setting applies at once. */
export function analysisJobOptions(options: AnalysisQueueOptions) {
  return { heartbeatSeconds: options.heartbeatSeconds, retryLimit: options.retryLimit };
}

/** Schedules the nightly run (cron in the town's time zone), or removes the schedule when null. */
export async function scheduleAnalysis(
  boss: PgBoss,
  cron: string | null,
  jobOptions: ReturnType<typeof analysisJobOptions>,
): Promise<void> {
  if (cron === null) {
    await boss.unschedule(ANALYSIS_QUEUE);
    return;
  }
  const data: AnalysisJobData = { trigger: GraphAnalysisTrigger.SCHEDULE };
  await boss.schedule(ANALYSIS_QUEUE, cron, data, { tz: TOWN_TIME_ZONE, ...jobOptions });
}

/** Runs one SQL statement and gives back its rows (a pg Pool's or a TypeORM DataSource's). */
export type Query = <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;

/**
 * Queues a run, or joins the one already waiting (the queue holds one waiting job), and returns
 * the id of its snapshot row, made here as QUEUED so it can be watched before a worker takes it.
 */
export async function requestAnalysis(
  boss: PgBoss,
  query: Query,
  data: AnalysisJobData,
  options: AnalysisQueueOptions,
): Promise<string> {
  let jobId: string | null = null;
  for (let attempt = 0; attempt < 3 && !jobId; attempt++) {
    jobId = await boss.send(ANALYSIS_QUEUE, data, analysisJobOptions(options));
    if (!jobId) {
      const [waiting] = await query<{ id: string }>(
        `SELECT id FROM pgboss.job WHERE name = $1 AND state = 'created' ORDER BY created_on LIMIT 1`,
        [ANALYSIS_QUEUE],
      );
      jobId = waiting?.id ?? null;
    }
  }
  if (!jobId) throw new Error('the analysis queue would not take a job');
  await query(
    `INSERT INTO graph_snapshot (job_id, trigger, requested_by_person_id) VALUES ($1, $2, $3)
     ON CONFLICT (job_id) DO NOTHING`,
    [jobId, data.trigger, data.requestedByPersonId ?? null],
  );
  const [row] = await query<{ id: string }>(`SELECT id FROM graph_snapshot WHERE job_id = $1`, [
    jobId,
  ]);
  return row!.id;
}

/** The URL a DataSource was opened with (the app always opens PostgreSQL by URL). */
export function databaseUrlOf(dataSource: { options: object }): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the database was not opened by URL');
  return url;
}
