import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Where the suite's databases live, set by global-setup for every worker. */
export function testServerUrl(): string {
  const url = process.env['VILLAGE_TEST_SERVER_URL'];
  if (!url)
    throw new Error(
      'VILLAGE_TEST_SERVER_URL is not set: run integration specs through jest.integration.config.cjs',
    );
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database with every migration applied, cloned from the suite's template in milliseconds. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const template = process.env['VILLAGE_TEST_TEMPLATE']!;
  const name = `village_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: databaseUrl(testServerUrl(), name),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
