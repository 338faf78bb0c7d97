/**
 * Scratch databases for benchmarks: created on the server in DATABASE_URL (the database named there
 * is not touched), or on an ephemeral embedded PostgreSQL when DATABASE_URL is unset.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../apps/api/src/data-source';
import {
  RunningPostgres,
  startEmbeddedPostgres,
} from '../../apps/api/src/database/embedded-postgres';

/** Creates a uniquely named database on the server, hands its URL to `work`, then drops it unless kept. */
export async function withScratchDatabase<T>(
  keep: boolean,
  work: (url: string, server: string) => Promise<T>,
): Promise<T> {
  const dataDir = process.env['DATABASE_URL']
    ? null
    : await mkdtemp(join(tmpdir(), 'village-town-bench-'));
  const embedded: RunningPostgres | null = dataDir
    ? await startEmbeddedPostgres({ dataDir, ephemeral: true })
    : null;
  const serverUrl = process.env['DATABASE_URL'] ?? embedded?.urlFor('postgres') ?? '';
  const name = `village_town_bench_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const version = await admin.query<{ version: string }>(
      "SELECT split_part(version(), ' ', 2) AS version",
    );
    const server = `PostgreSQL ${version.rows[0]?.version ?? '?'}${embedded ? ' (embedded, fsync off)' : ''}`;
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await work(url.toString(), server);
  } finally {
    if (keep) console.error(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.end();
    if (!keep) await embedded?.stop();
    if (dataDir && !keep) await rm(dataDir, { recursive: true, force: true });
  }
}

export async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
