import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createGroup, createSession, createSpace } from './support/factories';
import { findDumpTools, PostgresBin, PrivateServer, run } from './support/postgres-tools';
import { databaseUrl, testServerUrl } from './support/test-database';
import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const tools = findDumpTools();
const NO_TOOLS =
  'no pg_dump/pg_restore found (PG_BIN or /usr/lib/postgresql/<major>/bin; on Debian: apt-get install postgresql-client-15 postgresql-15)';
// A fresh clone on a machine with only Node has no dump tools: say so and skip. CI must have them.
if (tools.length === 0 && process.env['CI'] !== 'true')
  console.log(`backup-restore.integration-spec skipped: ${NO_TOOLS}.`);
const describeWithTools =
  tools.length > 0 || process.env['CI'] === 'true' ? describe : describe.skip;

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function majorOf(serverUrl: string): Promise<number> {
  const [row] = await query<{ v: string }>(serverUrl, 'SHOW server_version_num');
  return Math.floor(Number(row!.v) / 10_000);
}

describeWithTools(
  'a pg_dump of a seeded database restores with pg_restore and serves searches',
  () => {
    let bin: PostgresBin;
    let serverUrl: string;
    let privateServer: PrivateServer | null = null;
    let folder: string;
    const names = [`village_backup_${process.pid}`, `village_restored_${process.pid}`] as const;
    const apis: TestApi[] = [];

    beforeAll(async () => {
      if (tools.length === 0) throw new Error(`CI=true and ${NO_TOOLS}`);
      // pg_dump refuses servers newer than itself: use the suite's server when tools of its major are
      // here, else a private server of the newest major that has one (the embedded server is 18;
      // Debian's tools are 15).
      const suiteMajor = await majorOf(testServerUrl());
      const matching = tools.find((candidate) => candidate.major === suiteMajor);
      if (matching) {
        bin = matching;
        serverUrl = testServerUrl();
      } else {
        const withServer = tools.find((candidate) => candidate.hasServer);
        if (!withServer)
          throw new Error(
            `pg_dump ${tools.map((t) => t.major).join(', ')} cannot dump this PostgreSQL ${suiteMajor}, and no server of those versions is installed to run one`,
          );
        bin = withServer;
        privateServer = await PrivateServer.create(bin);
        serverUrl = privateServer.urlFor('postgres');
      }
      for (const name of names) await query(serverUrl, `CREATE DATABASE ${name}`);
      folder = await mkdtemp(join(tmpdir(), 'village-backup-'));
    });

    afterAll(async () => {
      for (const api of apis) await api.close();
      if (serverUrl)
        for (const name of names)
          await query(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await privateServer?.remove();
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    it('restores every table, index and function, and finds the same session near a point', async () => {
      const [original, restored] = names.map((name) => databaseUrl(serverUrl, name)) as [
        string,
        string,
      ];
      const api = await startTestApi({ databaseUrl: original });
      apis.push(api);
      const organiser = await api.signUp('Backup O.');
      const group = await createGroup(organiser, { name: 'Restored Rhymes' });
      const space = await createSpace(organiser, {
        name: 'Backup Hall',
        latitude: 53.79,
        longitude: -1.75,
      });
      const session = await createSession(organiser, {
        groupId: group.id,
        spaceId: space.id,
        title: 'Rhyme Time after a restore',
      });

      const dump = join(folder, 'village.dump');
      await run(join(bin.dir, 'pg_dump'), [
        '--format=custom',
        '--file',
        dump,
        '--dbname',
        original,
      ]);
      // --exit-on-error: any statement that fails (an index whose function cannot be found) fails the restore.
      await run(join(bin.dir, 'pg_restore'), [
        '--exit-on-error',
        '--no-owner',
        '--dbname',
        restored,
        dump,
      ]);

      const indexes = (url: string) =>
        query<{ indexname: string }>(
          url,
          `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
        );
      expect(await indexes(restored)).toEqual(await indexes(original));

      const copy = await startTestApi({ databaseUrl: restored });
      apis.push(copy);
      const search = await copy.gql(
        graphql(`
          query BackupRestoreSessionSearch {
            sessionSearch(point: { latitude: 53.7901, longitude: -1.7501 }, withinMetres: 1000) {
              edges {
                node {
                  session {
                    id
                    title
                  }
                }
              }
            }
          }
        `),
      );
      expect(search.errors).toBeUndefined();
      expect(search.data!.sessionSearch.edges.map((edge) => edge.node.session)).toEqual([
        { id: session.id, title: 'Rhyme Time after a restore' },
      ]);
      // The restored copy takes new writes as well.
      const signIn = await copy.signIn(organiser.email, organiser.password);
      expect(signIn.cookie).toEqual(expect.any(String));
    });
  },
);
