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
