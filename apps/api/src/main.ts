import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { databaseUrlOf } from './analytics/analysis-queue';
import { startApi } from './bootstrap';
import { ConfigError, readConfig } from './config/app-config';
import { DatabaseUnavailableError } from './database/database-unavailable.error';
import { DATA_SOURCE } from './database/tokens';
import { createLogger } from './logging/logger';
import { stopOnSignal } from './stop-on-signal';

/**
 * Runs one analytics worker (analytics-worker.js) as a child process on the API's database, and
 * starts it again if it stops on its own. The analysis never runs in the API's event loop.
 */
function superviseWorker(databaseUrl: string, logger: Logger) {
  let child: ChildProcess | null = null;
  let stopping = false;
  const start = () => {
    child = spawn(process.execPath, [join(__dirname, 'analytics-worker.js')], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ code, signal }, 'the analytics worker stopped; starting another in 5 s');
      setTimeout(() => !stopping && start(), 5000).unref();
    });
  };
  start();
  return {
    async stop() {
      stopping = true;
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
}

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`village: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  let api;
  try {
    api = await startApi(config, logger);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      console.error(`village: ${error.message}`);
      process.exit(1);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`village: port ${config.port} is already in use; set PORT to another port.`);
      process.exit(1);
    }
    logger.fatal({ err: error }, 'the API did not start');
    process.exit(1);
  }
  logger.info({ url: api.url, ms: Date.now() - started }, 'Village API ready');
  const worker = config.graphAnalysisWorker
    ? superviseWorker(databaseUrlOf(api.app.get(DATA_SOURCE)), logger)
    : null;
  console.log(`\nVillage is running at ${api.url}\n`);

  stopOnSignal(logger, async () => {
    // The worker first: it uses the database the API may be about to stop.
    await worker?.stop();
    await api.close();
  });
}

void main();
