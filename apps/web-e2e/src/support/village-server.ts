import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// The journeys need a database of their own on a shared server; the web app itself never touches pg.
import { Client } from 'pg';
import { writeJourneyManifest } from './journey-documents';

const ROOT = resolve(__dirname, '../../../..');
const API_MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const WEB_DIST = join(ROOT, 'dist/web');
// The manifest api:build copies from the web's codegen: the operations the web app was built with.
const MANIFEST = join(ROOT, 'dist/api/apps/web/src/gql/persisted-documents.json');
const READY = /Village is running at (\S+)/;
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

export interface VillageServer {
  url: string;
  /** A JSON-lines file of the emails the API sent (see `collectEmails`). */
  mailbox: string;
  stop(): Promise<void>;
}

/** Fails early, saying what to build, rather than timing out on a server that cannot start. */
function requireBuilds(): void {
  const missing = [
    existsSync(API_MAIN) && existsSync(MANIFEST)
      ? null
      : `dist/api with its trusted-documents manifest (build it with: npx nx run api:build)`,
    existsSync(join(WEB_DIST, 'index.html'))
      ? null
      : `dist/web (build it with: npx nx run web:build)`,
  ].filter(Boolean);
  if (missing.length)
    throw new Error(`Browser journeys need the built apps; missing ${missing.join(' and ')}.`);
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for this run on the server DATABASE_URL points at; dropped by `drop`. */
async function createRunDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `village_e2e_${process.pid}_${Date.now()}`;
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

function waitForReady(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`The API did not start within ${START_TIMEOUT_MS / 1000}s:\n${output()}`)),
      START_TIMEOUT_MS,
    );
    const check = () => {
      const url = READY.exec(output())?.[1];
      if (url) {
        clearTimeout(timer);
        resolvePromise(url);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited (code ${code}) before it was ready:\n${output()}`));
    });
  });
}

/**
 * Without a mail server the API, in development, writes each email it sends to its log as a JSON line
 * `{"msg":"email","to":…,"subject":…,"link":…}` at info level. Those lines are appended to the
 * mailbox file, which the journeys read as a person would read their inbox.
 */
function collectEmails(child: ChildProcess, mailbox: string): void {
  writeFileSync(mailbox, '');
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('"email"')) continue;
      try {
        const entry = JSON.parse(line) as { msg?: string; to?: string; link?: string };
        if (entry.msg === 'email' && entry.to)
          appendFileSync(mailbox, `${JSON.stringify({ to: entry.to, link: entry.link })}\n`);
      } catch {
        // Not a log line of ours (the banner, a stack trace): nothing to deliver.
      }
    }
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** A port nothing listens on now: the API is given it, so the links it writes (PUBLIC_URL) work. */
async function unusedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  return port;
}

/**
 * Starts the built API with the demo town and the production build of the web app, as a person
 * would run it, with trusted documents on as in production: a page whose operation is missing from
 * the manifest meets OPERATION_NOT_TRUSTED, and its journey fails.
 */
export async function startVillage(): Promise<VillageServer> {
  requireBuilds();
  const dataDir = await mkdtemp(join(tmpdir(), 'village-e2e-'));
  const manifest = join(dataDir, 'trusted-documents.json');
  writeJourneyManifest(MANIFEST, manifest);
  const database = process.env['DATABASE_URL']
    ? await createRunDatabase(process.env['DATABASE_URL'])
    : null;
  const port = await unusedPort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    DEMO_TOWN: 'S',
    WEB_DIST,
    TRUSTED_DOCUMENTS: 'on',
    TRUSTED_DOCUMENTS_MANIFEST: manifest,
    // Info, so the development mail transport's "email" lines (reset links) reach the mailbox.
    LOG_LEVEL: 'info',
    // A tile server that refuses every tile, as offline: journeys draw the real map, never ask a
    // public tile service, and see it fall back to the plain background.
    MAP_TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
  };
  if (database) env['DATABASE_URL'] = database.url;
  else delete env['DATABASE_URL'];

  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep draining both pipes for the whole run (a full pipe would stall the server); keep the start for errors.
  let output = '';
  const collect = (chunk: Buffer) => {
    if (output.length < 20_000) output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const mailbox = join(dataDir, 'mailbox.jsonl');
  collectEmails(child, mailbox);

  const cleanUp = async () => {
    await stopProcess(child);
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await waitForReady(child, () => output);
    return { url, mailbox, stop: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
