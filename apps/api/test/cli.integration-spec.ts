import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { graphql } from './gql';

const LISTED = graphql(`
  query CliListed {
    groups {
      edges {
        node {
          name
        }
      }
    }
    me {
      person {
        displayName
      }
    }
  }
`);

// The built API as a user runs it: `npm test` builds dist/api before the integration specs.
const MAIN = join(__dirname, '../../../dist/api/apps/api/src/main.js');

function launch(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  ready: Promise<string>;
  exited: Promise<number | null>;
} {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Village is running at (\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, ready, exited };
}

describe('the API process', () => {
  beforeAll(() => {
    if (!existsSync(MAIN))
      throw new Error(`${MAIN} is missing: build the API first (npx nx run api:build).`);
  });

  it('says in one line that the database is unreachable and exits non-zero', async () => {
    const api = launch({ DATABASE_URL: 'postgres://village@127.0.0.1:1/nowhere' });
    expect(await api.exited).toBe(1);
    const lines = api.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^village: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/nowhere/);
  });

  it('refuses bad configuration in one line', async () => {
    const api = launch({ PORT: 'eighty' });
    expect(await api.exited).toBe(2);
    expect(api.output().trim()).toBe(
      'village: PORT must be a whole number from 0 to 65535, not "eighty".',
    );
  });

  it('says in one line that the port is taken, and leaves no database running', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const dataDir = await mkdtemp(join(tmpdir(), 'village-cli-'));
    try {
      const api = launch({ DATA_DIR: dataDir, PORT: String(port) });
      expect(await api.exited).toBe(1);
      // Nest also logs the failed listen as a structured line; the last line is the plain explanation.
      const lines = api.output().trim().split('\n');
      expect(lines.at(-1)).toBe(
        `village: port ${port} is already in use; set PORT to another port.`,
      );
      expect(api.output()).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      blocker.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('runs its own PostgreSQL, keeps the data across restarts and stops cleanly on Ctrl-C', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'village-cli-'));
    try {
      const first = launch({ DATA_DIR: dataDir });
      const url = await first.ready;
      const health = (await (await fetch(`${url}/health`)).json()) as {
        database: { status: string; serverVersion: string };
      };
      expect(health.database.status).toBe('up');
      const signedUp = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: print(
            graphql(`
              mutation CliSignUp {
                signUp(
                  input: {
                    email: "keeps@example.test"
                    password: "a long enough password"
                    profile: { displayName: "Keeps" }
                  }
                ) {
                  person {
                    id
                  }
                }
              }
            `),
          ),
        }),
      });
      const cookie = signedUp.headers.get('set-cookie')!.split(';')[0]!;
      const created = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: print(
            graphql(`
              mutation CliCreateGroup {
                createGroup(input: { name: "Survives Restarts", kind: CIVIC }) {
                  id
                }
              }
            `),
          ),
        }),
      });
      expect(created.status).toBe(200);
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

      const second = launch({ DATA_DIR: dataDir });
      const secondUrl = await second.ready;
      const listed = await fetch(`${secondUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: print(LISTED),
        }),
      });
      const body = (await listed.json()) as { data: ResultOf<typeof LISTED> };
      expect(body.data.groups.edges.map((e) => e.node.name)).toEqual(['Survives Restarts']);
      // The session outlives the restart too: it is kept in PostgreSQL, not in memory.
      expect(body.data.me).toEqual({ person: { displayName: 'Keeps' } });
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
