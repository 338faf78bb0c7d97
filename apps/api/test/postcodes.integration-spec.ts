import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

// The built CLI as an operator runs it: `npm test` builds dist/api before the integration specs.
const CLI = join(__dirname, '../../../dist/api/apps/api/src/postcode-cli.js');
const FIXTURE = join(__dirname, 'fixtures/ons-postcodes.csv');

/** BD1 1AB in the fixture; the spaces sit due north and south of it. */
const BD1_1AB = { latitude: 53.799096, longitude: -1.7564 };
const north = (metres: number) => ({
  latitude: BD1_1AB.latitude + metres / 111_200,
  longitude: BD1_1AB.longitude,
});

const SEARCH = graphql(`
  query PostcodesSessionSearch(
    $postcode: String
    $address: String
    $point: PointInput
    $within: Int
  ) {
    sessionSearch(postcode: $postcode, address: $address, point: $point, withinMetres: $within) {
      origin {
        latitude
        longitude
        label
      }
      edges {
        node {
          session {
            title
          }
          distanceMetres
        }
      }
    }
  }
`);

const SPACES = graphql(`
  query PostcodesSpaceSearch($postcode: String) {
    spaceSearch(postcode: $postcode, withinMetres: 2000) {
      origin {
        label
      }
      edges {
        node {
          space {
            name
          }
        }
      }
    }
  }
`);

const GROUPS = graphql(`
  query PostcodesGroupSearch($postcode: String) {
    groupSearch(postcode: $postcode, withinMetres: 2000) {
      origin {
        label
      }
      edges {
        node {
          group {
            name
          }
        }
      }
    }
  }
`);

const MAP_SETTINGS = graphql(`
  query PostcodesMapSettings {
    mapSettings {
      tileUrl
      tileAttribution
      directionsUrl
      addressSearch
    }
  }
`);

const SAVE = graphql(`
  mutation PostcodesSaveSearch($search: SessionSearchInput!) {
    saveSearch(name: "From my postcode", search: $search) {
      id
    }
  }
`);

function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Everything in the database but the postcode table, a row a line, to look for typed text in. */
async function everyRowBut(api: TestApi, skip: string[]): Promise<string> {
  const tables = await api.dataSource.query<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
  );
  const lines: string[] = [];
  for (const { name } of tables) {
    if (skip.includes(name)) continue;
    const rows = await api.dataSource.query<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
    );
    lines.push(...rows.map(({ row }) => `${name}: ${row}`));
  }
  return lines.join('\n');
}

/** A local stand-in for a Nominatim server: answers by address, counts requests, can be slow. */
function startGeocoder(): Promise<{
  server: Server;
  url: string;
  asked: string[];
  places: Map<string, { lat: string; lon: string }>;
  delayMs: { value: number };
  status: { value: number };
}> {
  const asked: string[] = [];
  const places = new Map<string, { lat: string; lon: string }>();
  const delayMs = { value: 0 };
  const status = { value: 200 };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams.get('q') ?? '';
    asked.push(`${url.pathname}?q=${q}&format=${url.searchParams.get('format')}`);
    const place = places.get(q);
    const timer = setTimeout(() => {
      response.writeHead(status.value, { 'content-type': 'application/json' });
      response.end(JSON.stringify(place ? [{ ...place, display_name: `${q}, England` }] : []));
    }, delayMs.value);
    // A client that gave up (the API's timeout) leaves no timer behind.
    response.on('close', () => clearTimeout(timer));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        asked,
        places,
        delayMs,
        status,
      }),
    ),
  );
}

describe('where am I: postcodes, addresses and what is kept', () => {
  let api: TestApi;
  let organiser: Member;
  let parent: Member;
  let log = '';
  /** Where both APIs' logs go: one text to look for typed places in. */
  const logSink = () =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString();
        done();
      },
    });

  beforeAll(async () => {
    if (!existsSync(CLI))
      throw new Error(`${CLI} is missing: build the API first (npx nx run api:build).`);
    api = await startTestApi({ logLevel: 'trace' }, { log: logSink() });
    organiser = await api.signUp('Organiser Q.');
    parent = await api.signUp('Parent Q.');
    const group = await createGroup(organiser, { name: 'Canal Parents', kind: 'PARENT_AND_BABY' });
    const spaces = [
      ['Canal Hall', north(100)],
      ['Mill Library', north(-500)],
      ['Moor Barn', north(5_000)],
    ] as const;
    for (const [name, point] of spaces) {
      const space = await createSpace(organiser, { name, ...point, postcode: 'BD1 3ZZ' });
      await createSession(organiser, {
        groupId: group.id,
        spaceId: space.id,
        title: `Rhymes at ${name}`,
      });
    }
  });
  afterAll(() => api?.close());

  describe('postcode-cli import', () => {
    it('loads live postcodes from an ONS file and skips terminated and unplaced ones', async () => {
      const run = await runCli(['import', FIXTURE, '--database-url', api.databaseUrl]);
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/live postcodes loaded\s+4/);
      expect(run.stdout).toMatch(/terminated, skipped\s+1/);
      const rows = await api.dataSource.query<{ postcode: string; ward_code: string | null }[]>(
        `SELECT postcode, ward_code FROM postcode ORDER BY postcode`,
      );
      expect(rows).toEqual([
        { postcode: 'BD1 1AA', ward_code: 'E05001355' },
        { postcode: 'BD1 1AB', ward_code: 'E05001355' },
        { postcode: 'BD8 7QX', ward_code: 'E05001356' },
        { postcode: 'LS6 1AA', ward_code: 'E05001420' },
      ]);
    });

    it('removes a postcode terminated since the last import, and says how to call it', async () => {
      await api.dataSource.query(
        `INSERT INTO postcode (postcode, latitude, longitude, area_cell) VALUES ('BD1 9ZZ', 53.79, -1.75, '88194ad32bfffff')`,
      );
      const run = await runCli(['import', FIXTURE], { DATABASE_URL: api.databaseUrl });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/removed \(now gone\)\s+1/);
      const gone = await api.dataSource.query(`SELECT 1 FROM postcode WHERE postcode = 'BD1 9ZZ'`);
      expect(gone).toEqual([]);

      const usage = await runCli(['import']);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toMatch(/usage: postcode-cli import/);
    });
  });

  describe('searching from a postcode', () => {
    it('returns sessions near the postcode, nearest first, and names it back as written', async () => {
      const result = await parent.gql(SEARCH, { postcode: ' bd1 1ab ', within: 2000 });
      expect(result.errors).toBeUndefined();
      const search = result.data!.sessionSearch;
      expect(search.origin).toEqual({ ...BD1_1AB, label: 'BD1 1AB' });
      expect(search.edges.map((edge) => edge.node.session.title)).toEqual([
        'Rhymes at Canal Hall',
        'Rhymes at Mill Library',
      ]);
      // Metres on the town plane (ADR 4), within a few of the true distance.
      const [near, far] = search.edges.map((edge) => edge.node.distanceMetres);
      expect(Math.abs(near! - 100)).toBeLessThan(5);
      expect(Math.abs(far! - 500)).toBeLessThan(10);
    });

    it('finds spaces and groups from a postcode too', async () => {
      const spaces = await api.gql(SPACES, { postcode: 'BD11AB' });
      expect(spaces.data!.spaceSearch.origin.label).toBe('BD1 1AB');
      expect(spaces.data!.spaceSearch.edges.map((edge) => edge.node.space.name)).toEqual([
        'Canal Hall',
        'Mill Library',
      ]);
      const groups = await api.gql(GROUPS, { postcode: 'bd1 1ab' });
      expect(groups.data!.groupSearch.edges.map((edge) => edge.node.group.name)).toEqual([
        'Canal Parents',
      ]);
    });

    it('tells a postcode it does not know from text that is not a postcode', async () => {
      const unknown = await api.gql(SEARCH, { postcode: 'BD1 9ZZ' });
      expect(unknown.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^We don’t know that postcode/),
        extensions: { code: 'BAD_USER_INPUT', field: 'postcode', reason: 'UNKNOWN_POSTCODE' },
      });
      const notOne = await api.gql(SEARCH, { postcode: 'BD1 9' });
      expect(notOne.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^That isn’t a UK postcode/),
        extensions: { code: 'BAD_USER_INPUT', field: 'postcode', reason: 'NOT_A_POSTCODE' },
      });
      const both = await api.gql(SEARCH, { postcode: 'BD1 1AB', point: BD1_1AB });
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(both.errors?.[0]?.message).toMatch(/Search from one place/);
    });

    it('says plainly that addresses cannot be searched when no geocoder is set', async () => {
      const result = await api.gql(SEARCH, { address: '12 Mill Lane, Northgate' });
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^Searching by address isn’t set up here/),
        extensions: { code: 'BAD_USER_INPUT', field: 'address', reason: 'NO_GEOCODER' },
      });
      // A postcode typed where an address goes is still a postcode.
      const postcode = await api.gql(SEARCH, { address: 'bd1 1ab' });
      expect(postcode.data?.sessionSearch.origin.label).toBe('BD1 1AB');
    });

    it('cannot keep a postcode in a saved search: its input has no such field', async () => {
      const result = await parent.gqlRaw(
        `mutation { saveSearch(name: "x", search: { postcode: "BD1 1AB" }) { id } }`,
      );
      expect(result.errors?.[0]?.message).toMatch(/Field "postcode" is not defined/);
      const saved = await parent.gql(SAVE, { search: { point: BD1_1AB } });
      expect(saved.errors).toBeUndefined();
    });
  });

  it('tells the web which tiles, credit and directions to use, and lets it load those tiles', async () => {
    const settings = await api.gql(MAP_SETTINGS);
    expect(settings.data?.mapSettings).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      tileAttribution: '© OpenStreetMap contributors',
      directionsUrl: expect.stringContaining('{lat}'),
      addressSearch: false,
    });
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('content-security-policy')).toMatch(
      /img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org;/,
    );
  });

  describe('searching from an address with a geocoder', () => {
    let geocoder: Awaited<ReturnType<typeof startGeocoder>>;
    let withGeocoder: TestApi;

    beforeAll(async () => {
      geocoder = await startGeocoder();
      withGeocoder = await startTestApi(
        { databaseUrl: api.databaseUrl, geocoderUrl: geocoder.url, geocoderTimeoutMs: 300 },
        { log: logSink() },
      );
      geocoder.places.set('4 quillon row, kirkgate', {
        lat: String(north(150).latitude),
        lon: String(BD1_1AB.longitude),
      });
    });
    afterAll(async () => {
      await withGeocoder?.close();
      await new Promise((resolve) => geocoder?.server.close(resolve));
    });

    it('says address search works', async () => {
      const settings = await withGeocoder.gql(MAP_SETTINGS);
      expect(settings.data?.mapSettings.addressSearch).toBe(true);
    });

    it('searches from where the geocoder puts the address, asking it once for a repeat', async () => {
      const first = await withGeocoder.gql(SEARCH, { address: '4  Quillon Row, Kirkgate' });
      expect(first.errors).toBeUndefined();
      expect(first.data!.sessionSearch.origin.label).toBe('4 Quillon Row, Kirkgate');
      expect(first.data!.sessionSearch.edges[0]?.node).toEqual({
        session: { title: 'Rhymes at Canal Hall' },
        distanceMetres: 50,
      });
      const again = await withGeocoder.gql(SEARCH, { address: '4 quillon row, kirkgate' });
      expect(again.data!.sessionSearch.edges.length).toBe(first.data!.sessionSearch.edges.length);
      expect(geocoder.asked).toEqual(['/search?q=4 quillon row, kirkgate&format=jsonv2']);
    });

    it('says when the geocoder finds nothing, fails, or is too slow', async () => {
      const nothing = await withGeocoder.gql(SEARCH, { address: 'Nowhere Lane, Atlantis' });
      expect(nothing.errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_ADDRESS' });
      geocoder.status.value = 500;
      const failing = await withGeocoder.gql(SEARCH, { address: 'Another Road, Kirkgate' });
      expect(failing.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'GEOCODER_UNAVAILABLE',
      });
      geocoder.status.value = 200;
      geocoder.delayMs.value = 2_000;
      const slow = await withGeocoder.gql(SEARCH, { address: 'Slow Street, Kirkgate' });
      expect(slow.errors?.[0]?.extensions).toMatchObject({ reason: 'GEOCODER_UNAVAILABLE' });
      geocoder.delayMs.value = 0;
    });
  });

  // Last: after every search above, by a signed-in parent, has had its chance to leave a trace.
  describe('after all of that', () => {
    it('keeps no typed postcode or address: not in any row, not in the log', async () => {
      const postcode = 'bd8  7qx';
      const address = '9 Zephyrwood Close, Kirkgate';
      expect((await parent.gql(SEARCH, { postcode })).errors).toBeUndefined();
      await parent.gql(SEARCH, { address });
      await parent.gql(SEARCH, { postcode: 'ZZ9 9ZZ' });

      const rows = await everyRowBut(api, ['postcode']);
      expect(rows).toMatch(/Parent Q\./); // the dump does hold the person
      for (const typed of ['BD8 7QX', 'BD87QX', 'Zephyrwood', 'ZZ9 9ZZ'])
        expect(rows.toLowerCase()).not.toContain(typed.toLowerCase());
      expect(log).toMatch(/"level":/); // the log is being written
      for (const typed of ['BD8 7QX', 'bd8  7qx', 'Zephyrwood', 'Quillon', 'ZZ9 9ZZ'])
        expect(log.toLowerCase()).not.toContain(typed.toLowerCase());
    });
  });
});
