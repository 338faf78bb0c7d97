import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/data-source';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { databaseUrl } from './test-database';

/** Starts (or picks) the PostgreSQL server for the run and builds the migrated template database. */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'village-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    serverUrl = embedded.urlFor('postgres');
    Object.assign(globalThis, { villageEmbedded: embedded, villageDataDir: dataDir });
  }
  const template = `village_template_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const dataSource = createDataSource(databaseUrl(serverUrl, template), 1);
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  process.env['VILLAGE_TEST_SERVER_URL'] = serverUrl;
  process.env['VILLAGE_TEST_TEMPLATE'] = template;
  const where = process.env['DATABASE_URL']
    ? `the server in DATABASE_URL (${new URL(serverUrl).host})`
    : 'an embedded PostgreSQL';
  console.log(`\nIntegration specs run on ${where}.`);
}
