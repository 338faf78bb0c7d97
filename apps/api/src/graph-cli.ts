/**
 * The social-graph analysis from the command line, against a database:
 *
 *   graph-cli run [--work] [--database-url URL]    queue a run and follow it to the end
 *   graph-cli status [--database-url URL]          the latest runs
 *
 * `run` queues a job for the analytics workers (joining one already waiting) and draws its progress
 * on stderr; with `--work` this process works the queue itself, for when no worker is running. The
 * URL defaults to DATABASE_URL; migrations are applied first. Exit codes: 0 complete, 1 failed,
 * 2 usage.
 */
import { Client, Pool } from 'pg';
import { ANALYSIS_QUEUE, ensureAnalysisQueue, requestAnalysis } from './analytics/analysis-queue';
import { PROGRESS_CHANNEL } from './analytics/analysis-run';
import { AnalysisWorker, createBoss, queueOptions } from './analytics/analysis-worker';
import { GraphAnalysisTrigger } from './analytics/graph-snapshot.entity';
import { readConfig } from './config/app-config';
import { createDataSource } from './data-source';
import { openDatabase } from './database/database';
import { createLogger } from './logging/logger';

export class UsageError extends Error {}

const USAGE =
  'usage: graph-cli run [--work] [--database-url URL]\n' +
  '       graph-cli status [--database-url URL]';

export interface GraphCliOptions {
  command: 'run' | 'status';
  work: boolean;
  databaseUrl: string;
}

export function parseArguments(args: readonly string[], env: NodeJS.ProcessEnv): GraphCliOptions {
  const [command, ...rest] = args;
  if (command !== 'run' && command !== 'status')
    throw new UsageError('Say what to do: run or status.');
  let work = false;
  let databaseUrl = env['DATABASE_URL'] || '';
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === '--database-url') {
      const next = rest[++i];
      if (next === undefined) throw new UsageError('--database-url needs a value.');
      databaseUrl = next;
    } else if (flag === '--work' && command === 'run') work = true;
    else throw new UsageError(`Unknown argument ${flag}.`);
  }
  if (!databaseUrl) throw new UsageError('Give --database-url (or set DATABASE_URL).');
  return { command, work, databaseUrl };
}

export interface RunRow {
  id: string;
  status: string;
  phase: string;
  phase_done: number;
  phase_total: number;
  percent: number;
  error: string | null;
}

const PHASE_TEXT: Record<string, string> = {
  QUEUED: 'waiting for a worker',
  READING_PEOPLE: 'reading people',
  READING_GROUPS: 'reading groups',
  READING_TIES: 'reading ties',
  COMPUTING: 'computing',
  WRITING: 'writing the snapshot',
  DONE: 'done',
};

/** One line of progress: a bar, the percentage, the phase and its count. */
export function progressLine(row: RunRow, width = 30): string {
  const filled = Math.round((row.percent / 100) * width);
  const count = row.phase_total > 0 ? ` ${row.phase_done}/${row.phase_total}` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(row.percent).padStart(3)}% ${PHASE_TEXT[row.phase] ?? row.phase}${count}`;
}

const ROW = `SELECT id, status, phase, phase_done, phase_total, percent, error FROM graph_snapshot WHERE id = $1`;

/** Follows one run through NOTIFY until it is COMPLETE or FAILED, calling `show` on each change. */
export async function follow(
  databaseUrl: string,
  snapshotId: string,
  show: (row: RunRow) => void,
): Promise<RunRow> {
  const client = new Client({
    connectionString: databaseUrl,
    application_name: 'village-graph-cli',
  });
  await client.connect();
  try {
    let wake = () => {};
    client.on('notification', (message) => {
      if (message.payload === snapshotId) wake();
    });
    await client.query(`LISTEN ${PROGRESS_CHANNEL}`);
    for (;;) {
      const changed = new Promise<void>((resolve) => (wake = resolve));
      const row = (await client.query<RunRow>(ROW, [snapshotId])).rows[0];
      if (!row) throw new Error(`run ${snapshotId} is gone`);
      show(row);
      if (row.status === 'COMPLETE' || row.status === 'FAILED') return row;
      await changed;
    }
  } finally {
    await client.end();
  }
}

async function status(pool: Pool): Promise<void> {
  const { rows } = await pool.query<{
    id: string;
    status: string;
    percent: number;
    trigger: string;
    created_at: Date;
    finished_at: Date | null;
    people_count: number | null;
  }>(
    `SELECT id, status, percent, trigger, created_at, finished_at, people_count
       FROM graph_snapshot ORDER BY created_at DESC LIMIT 10`,
  );
  if (rows.length === 0) console.log('No runs yet.');
  for (const row of rows)
    console.log(
      `${row.created_at.toISOString()}  ${row.status.padEnd(8)} ${String(row.percent).padStart(3)}%  ${row.trigger.padEnd(12)} ${row.people_count ?? '-'} people  ${row.id}`,
    );
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2), process.env);
  const config = readConfig({ ...process.env, DATABASE_URL: options.databaseUrl });
  const logger = createLogger('warn');
  const database = await openDatabase(
    {
      databaseUrl: options.databaseUrl,
      dataDir: '',
      embeddedPort: null,
      createDataSource: (url) => createDataSource(url, 2),
    },
    logger,
  );
  await database.close();
  const pool = new Pool({ connectionString: options.databaseUrl, max: 3 });
  try {
    if (options.command === 'status') return await status(pool);
    const heartbeat = config.graphAnalysisHeartbeatSeconds;
    const boss = createBoss(options.databaseUrl, 'api', heartbeat);
    boss.on('error', (error) => logger.error({ err: error }, 'analysis queue error'));
    await boss.start();
    let worker: AnalysisWorker | null = null;
    try {
      await ensureAnalysisQueue(boss, queueOptions(heartbeat));
      const snapshotId = await requestAnalysis(
        boss,
        async (sql, params) => (await pool.query(sql, params)).rows,
        { trigger: GraphAnalysisTrigger.COMMAND_LINE },
        queueOptions(heartbeat),
      );
      console.error(`Run ${snapshotId} queued on ${ANALYSIS_QUEUE}.`);
      if (options.work) {
        worker = new AnalysisWorker(
          pool,
          {
            databaseUrl: options.databaseUrl,
            heartbeatSeconds: heartbeat,
            // The schedule is the standing workers' business, not a one-off command's.
            schedule: config.graphAnalysisSchedule,
            keepSnapshots: config.graphAnalysisKeep,
            seed: 1,
          },
          logger,
        );
        await worker.start();
      }
      const tty = process.stderr.isTTY;
      let lastLine = '';
      const final = await follow(options.databaseUrl, snapshotId, (row) => {
        const line = progressLine(row);
        if (line === lastLine) return;
        lastLine = line;
        process.stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
      });
      if (tty) process.stderr.write('\n');
      if (final.status === 'COMPLETE') console.log(`Snapshot ${final.id} complete.`);
      else {
        console.error(`The run failed: ${final.error ?? 'no reason given'}`);
        process.exitCode = 1;
      }
    } finally {
      await worker?.stop();
      await boss.stop({ graceful: false, timeout: 1000 });
    }
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
