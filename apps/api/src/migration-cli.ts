/**
 * Migration tooling against a scratch database (embedded, or on the server in DATABASE_URL):
 *   check            exit 1 when the entities differ from what the migrations build
 *   generate <Name>  write a migration with the difference
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './database/embedded-postgres';

async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `village_migrations_${process.pid}_${Date.now()}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'village-migrations-'));
  const embedded = process.env['DATABASE_URL']
    ? null
    : await startEmbeddedPostgres({ dataDir, ephemeral: true });
  const serverUrl = process.env['DATABASE_URL'] ?? embedded!.urlFor('postgres');
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function pendingChanges(url: string) {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    await dataSource.destroy();
  }
}

const escape = (sql: string) =>
  sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

async function main() {
  const [command, name] = process.argv.slice(2);
  const changes = await withScratchDatabase(pendingChanges);
  if (command === 'check') {
    if (changes.upQueries.length === 0) {
      console.log('Entities and migrations agree.');
      return;
    }
    console.error(
      'Entities and migrations disagree; run the migration:generate target. Missing SQL:',
    );
    for (const query of changes.upQueries) console.error(`  ${query.query};`);
    process.exitCode = 1;
  } else if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
    if (changes.upQueries.length === 0) {
      console.log('Nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const up = changes.upQueries
      .map((q) => `    await queryRunner.query(\`${escape(q.query)}\`);`)
      .join('\n');
    const down = changes.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(\`${escape(q.query)}\`);`)
      .join('\n');
    const file = join(process.cwd(), 'apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
    await writeFile(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add it to migrations/index.ts.`);
  } else {
    console.error('usage: migration-cli check | generate <PascalName>');
    process.exitCode = 2;
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
