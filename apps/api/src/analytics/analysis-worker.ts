import { PgBoss, type Job } from 'pg-boss';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import {
  ANALYSIS_QUEUE,
  analysisJobOptions,
  ensureAnalysisQueue,
  scheduleAnalysis,
  type AnalysisJobData,
  type AnalysisQueueOptions,
} from './analysis-queue';
import {
  claimSnapshot,
  failAbandonedRuns,
  recordFailure,
  runAnalysis,
  type AnalysisRunOptions,
} from './analysis-run';

/** Any fixed number: held for the whole of a run, so two runs never write at once. */
export const ANALYSIS_LOCK = 72_016_012;

/** Attempts after the first (a crashed worker's job is retried by another). */
export const ANALYSIS_RETRIES = 2;

export interface AnalysisWorkerOptions extends AnalysisRunOptions {
  databaseUrl: string;
  heartbeatSeconds: number;
  /** Cron for the nightly run (town time), null for none. */
  schedule: string | null;
}

export function queueOptions(heartbeatSeconds: number): AnalysisQueueOptions {
  return { heartbeatSeconds, retryLimit: ANALYSIS_RETRIES };
}

/** A pg-boss instance on the app's database (schema `pgboss`), as the worker and the API use it. */
export function createBoss(
  databaseUrl: string,
  role: 'worker' | 'api',
  heartbeatSeconds: number,
): PgBoss {
  // Supervision (retrying jobs whose worker stopped) runs in workers, often enough that a missed
  // heartbeat is noticed within about half a heartbeat.
  const supervise = Math.max(1, Math.floor(heartbeatSeconds / 2));
  return new PgBoss({
    connectionString: databaseUrl,
    application_name: role === 'worker' ? 'village-analytics' : 'village-api-queue',
    max: role === 'worker' ? 3 : 2,
    supervise: role === 'worker',
    schedule: role === 'worker',
    superviseIntervalSeconds: supervise,
    monitorIntervalSeconds: supervise,
  });
}

/**
 * Takes analysis jobs off the queue, one at a time, in this process. Several of these, in several
 * processes on several machines, share the queue; the queue's policy and a PostgreSQL advisory
 * lock keep to one run at a time.
 */
export class AnalysisWorker {
  private readonly boss: PgBoss;

  constructor(
    private readonly pool: Pool,
    private readonly options: AnalysisWorkerOptions,
    private readonly logger: Logger,
  ) {
    this.boss = createBoss(options.databaseUrl, 'worker', options.heartbeatSeconds);
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'analysis queue error'));
  }

  async start(): Promise<void> {
    await this.boss.start();
    const queue = queueOptions(this.options.heartbeatSeconds);
    await ensureAnalysisQueue(this.boss, queue);
    await scheduleAnalysis(this.boss, this.options.schedule, analysisJobOptions(queue));
    await failAbandonedRuns(this.pool);
    await this.boss.work<AnalysisJobData>(
      ANALYSIS_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 1 },
      async ([job]) => {
        if (job) await this.handle(job);
      },
    );
    this.logger.info({ schedule: this.options.schedule }, 'analytics worker waiting for jobs');
  }

  private async handle(job: Job<AnalysisJobData>): Promise<void> {
    const lock = await this.pool.connect();
    let snapshotId: string | null = null;
    try {
      const [held] = (
        await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [ANALYSIS_LOCK])
      ).rows;
      if (!held?.ok) throw new Error('another worker is running an analysis');
      try {
        await failAbandonedRuns(this.pool);
        snapshotId = await claimSnapshot(this.pool, job.id, job.data);
        if (!snapshotId) {
          this.logger.info({ job: job.id }, 'analysis already complete');
          return;
        }
        const started = Date.now();
        this.logger.info(
          { job: job.id, snapshot: snapshotId, attempt: job.retryCount + 1 },
          'analysis started',
        );
        const analysis = await runAnalysis(this.pool, snapshotId, this.options);
        this.logger.info(
          { snapshot: snapshotId, people: analysis.people.length, ms: Date.now() - started },
          'analysis complete',
        );
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [ANALYSIS_LOCK]);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, job: job.id }, 'analysis failed');
      if (snapshotId)
        await recordFailure(this.pool, snapshotId, message, job.retryCount >= ANALYSIS_RETRIES);
      throw error;
    } finally {
      lock.release();
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}
