import { rm } from 'node:fs/promises';
import type { RunningPostgres } from '../../src/database/embedded-postgres';
import { withAdmin } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env['VILLAGE_TEST_TEMPLATE'];
  if (template)
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  const state = globalThis as { villageEmbedded?: RunningPostgres; villageDataDir?: string };
  await state.villageEmbedded?.stop();
  if (state.villageDataDir) await rm(state.villageDataDir, { recursive: true, force: true });
}
