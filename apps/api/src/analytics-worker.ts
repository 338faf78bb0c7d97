/**
 * The analytics worker: takes social-graph analysis jobs off the queue (pg-boss, in the app's own
 * PostgreSQL) and runs them in this process, never in the API's. Run as many as you like, on as many
 * machines, against the same DATABASE_URL:
 *
 *   node dist/api/apps/api/src/analytics-worker.js
 *
 * `npm start` (main.js) starts one beside the API, on the API's database (embedded or not).
 * Migrations are applied first, as the API does. SIGINT/SIGTERM stop it after the job in hand
 * (a job cut short is retried by another worker once its heartbeat is missed).
 */
import { Pool } from 'pg';
import { AnalysisWorker } from './analytics/analysis-worker';
import { ConfigError, readConfig } from './config/app-config';
import { createDataSource } from './data-source';
import { openDatabase } from './database/database';
import { DatabaseUnavailableError } from './database/database-unavailable.error';
import { createLogger } from './logging/logger';
import { stopOnSignal } from './stop-on-signal';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`village-analytics: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  if (!config.databaseUrl) {
    console.error(
      'village-analytics: set DATABASE_URL (npm start passes the embedded database to the worker it starts).',
    );
    process.exit(2);
  }
  const logger = createLogger(config.logLevel).child({ process: 'analytics-worker' });
  let database;
  try {
    database = await openDatabase(
      {
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        embeddedPort: null,
        createDataSource: (url) => createDataSource(url, 2),
      },
      logger,
    );
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      console.error(`village-analytics: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  await database.close();
  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: 3,
    application_name: 'village-analytics',
  });
  const worker = new AnalysisWorker(
    pool,
    {
      databaseUrl: config.databaseUrl,
      heartbeatSeconds: config.graphAnalysisHeartbeatSeconds,
      schedule: config.graphAnalysisSchedule,
      keepSnapshots: config.graphAnalysisKeep,
      seed: 1,
    },
    logger,
  );
  await worker.start();
  console.log('village-analytics: waiting for social-graph analysis jobs');

  stopOnSignal(logger, async () => {
    await worker.stop();
    await pool.end();
  });
}

void main();
