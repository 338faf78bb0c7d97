import type { Logger } from 'pino';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseUnavailableError } from './database-unavailable.error';
import { RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'village';

export interface OpenDatabase {
  dataSource: DataSource;
  /** Set when the API started its own PostgreSQL; stopped by `close`. */
  embedded: RunningPostgres | null;
  close(): Promise<void>;
}

/** Creates a database on a server if it is missing (PostgreSQL has no CREATE DATABASE IF NOT EXISTS). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Any fixed number: the advisory lock that lets one API process at a time migrate and seed. */
const SCHEMA_LOCK = 72_016_001;

/**
 * Connects to DATABASE_URL or an embedded server, then brings the schema up to date and runs
 * `prepare` (demo seeding) while holding a lock, so several API processes starting together take turns.
 */
export async function openDatabase(
  options: {
    databaseUrl: string | null;
    dataDir: string;
    embeddedPort: number | null;
    /** Builds the app's DataSource (its entities are the composition root's to list). */
    createDataSource: (url: string) => DataSource;
  },
  logger: Logger,
  prepare: (dataSource: DataSource) => Promise<void> = async () => undefined,
): Promise<OpenDatabase> {
  let embedded: RunningPostgres | null = null;
  let url = options.databaseUrl;
  if (!url) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir,
      port: options.embeddedPort ?? undefined,
      log: (line) => logger.debug({ context: 'postgres' }, line),
    });
    await ensureDatabase(embedded.urlFor('postgres'), EMBEDDED_DATABASE_NAME);
    url = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    logger.info(
      { port: embedded.port, dataDir: options.dataDir, ms: Date.now() - started },
      'embedded PostgreSQL started',
    );
  }

  const dataSource = options.createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${describe(url)}: ${reason}`);
  }
  const version =
    await dataSource.query<{ server_version_num: string }[]>('SHOW server_version_num');
  if (Number(version[0]?.server_version_num) < 150000) {
    await dataSource.destroy();
    await embedded?.stop();
    throw new DatabaseUnavailableError('Village needs PostgreSQL 15 or newer.');
  }
  try {
    const lock = dataSource.createQueryRunner();
    await lock.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0)
        logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      await prepare(dataSource);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
      await lock.release();
    }
  } catch (error) {
    await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }

  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
