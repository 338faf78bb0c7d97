import type { Logger } from 'pino';

/**
 * On SIGINT or SIGTERM, runs `close` once and exits: 0 when it finished, 1 when it threw. Shared by
 * the API's and the analytics worker's entry points.
 */
export function stopOnSignal(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown was not clean');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
