import { startApi } from './bootstrap';
import { ConfigError, readConfig } from './config/app-config';
import { DatabaseUnavailableError } from './database/database-unavailable.error';
import { createLogger } from './logging/logger';

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
  console.log(`\nVillage is running at ${api.url}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await api.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown was not clean');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
