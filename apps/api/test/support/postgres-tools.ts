import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A folder of PostgreSQL programs of one major version. */
export interface PostgresBin {
  dir: string;
  major: number;
  /** It also holds `initdb` and `postgres`, so a private server of the same version can run. */
  hasServer: boolean;
}

/** The major version a PostgreSQL program reports (`pg_dump (PostgreSQL) 15.14` → 15). */
function majorOf(program: string): number {
  const version = execFileSync(program, ['--version'], { encoding: 'utf8' });
  return Number(/\(PostgreSQL\) (\d+)/.exec(version)?.[1] ?? NaN);
}

/**
 * Folders with `pg_dump` and `pg_restore`, newest major first: `PG_BIN` if set, then Debian's
 * `/usr/lib/postgresql/<major>/bin`. The embedded server's npm package ships no dump tools.
 */
export function findDumpTools(): PostgresBin[] {
  const debian = '/usr/lib/postgresql';
  const dirs = [
    ...(process.env['PG_BIN'] ? [process.env['PG_BIN']] : []),
    ...(existsSync(debian) ? readdirSync(debian).map((major) => join(debian, major, 'bin')) : []),
  ];
  return dirs
    .filter((dir) => existsSync(join(dir, 'pg_dump')) && existsSync(join(dir, 'pg_restore')))
    .map((dir) => ({
      dir,
      major: majorOf(join(dir, 'pg_dump')),
      hasServer: existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')),
    }))
    .sort((a, b) => b.major - a.major);
}

/** Runs a PostgreSQL program to the end; throws with its output when it fails. */
export async function run(
  program: string,
  args: string[],
  ids: { uid?: number; gid?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...ids, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${program} exited ${code}: ${output}`)),
    );
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export interface PrivateServer {
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/**
 * A throwaway server from `bin` on 127.0.0.1 and a free port, in a temporary folder, trusting local
 * connections (nothing else can reach it). As root it runs as the system's `postgres` user.
 */
export async function startPrivateServer(bin: PostgresBin): Promise<PrivateServer> {
  const root = await mkdtemp(join(tmpdir(), 'village-pg-tools-'));
  const dataDir = join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      }
    : {};
  // The server's own user must reach its data folder inside ours.
  await chmod(root, 0o755);
  await mkdir(dataDir, { mode: 0o700 });
  if (asRoot) await chown(dataDir, ids.uid!, ids.gid!);
  await run(
    join(bin.dir, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync'],
    ids,
  );
  const port = await freePort();
  const server: ChildProcess = spawn(
    join(bin.dir, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
    ],
    { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready to accept connections')) resolve();
    });
    server.on('close', (code) => reject(new Error(`postgres exited ${code} before it was ready`)));
  });
  return {
    urlFor: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      const exited = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGINT');
      await exited;
      await rm(root, { recursive: true, force: true });
    },
  };
}
