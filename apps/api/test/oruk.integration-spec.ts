import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HSDS_SERVICE_LIST_SCHEMA } from '../src/oruk/schema/hsds-service-list.schema';
import { validateJson } from '../src/oruk/schema/json-schema';
import { Caller, Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const SAMPLE = readFileSync(
  join(__dirname, '../src/oruk/samples/bradford-family-services.json'),
  'utf8',
);
const INVALID = readFileSync(join(__dirname, 'fixtures/oruk-invalid-records.json'), 'utf8');

graphql(`
  fragment OrukCounts on OpenReferralRecordCounts {
    total
    created
    updated
    unchanged
    removed
    failed
    skipped
  }
`);
const IMPORT = graphql(`
  mutation OrukImportOpenReferral($json: String!, $source: String) {
    importOpenReferral(json: $json, source: $source) {
      organizations {
        ...OrukCounts
      }
      locations {
        ...OrukCounts
      }
      services {
        ...OrukCounts
      }
      sessions {
        ...OrukCounts
      }
      errors {
        recordType
        recordId
        message
      }
      warnings {
        recordType
        recordId
        message
      }
    }
  }
`);
const DIRECTORY = graphql(`
  query OrukGroups {
    groups(first: 6) {
      edges {
        node {
          name
          kind
          description
          languages
          website
          sessions {
            title
            description
            recurrence
            startDate
            startTime
            durationMinutes
            minAgeMonths
            maxAgeMonths
            languages
            costPence
            nextOccurrences(count: 4)
            space {
              name
              kind
              postcode
              accessibility
              openingHours {
                weekday
                opens
                closes
              }
            }
          }
        }
      }
    }
  }
`);

interface SessionView {
  title: string;
  recurrence: string;
  startTime: string;
  durationMinutes: number;
  minAgeMonths: number;
  maxAgeMonths: number;
  languages: string[];
  costPence: number;
  nextOccurrences: string[];
  space: { name: string; kind: string; accessibility: string[]; openingHours: unknown[] };
}
interface GroupView {
  name: string;
  kind: string;
  description: string;
  languages: string[];
  sessions: SessionView[];
}

async function directoryOf(caller: Caller): Promise<GroupView[]> {
  const result = await caller.gql(DIRECTORY);
  expect(result.errors).toBeUndefined();
  return (result.data!['groups'].edges as { node: GroupView }[]).map((edge) => edge.node);
}

/** The same directory without what changes from run to run (next dates), in a stable order. */
function comparable(groups: GroupView[]) {
  return groups
    .map((group) => ({
      ...group,
      sessions: group.sessions
        .map(({ nextOccurrences: _next, ...session }) => session)
        .sort((a, b) => `${a.title}${a.space.name}`.localeCompare(`${b.title}${b.space.name}`)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const londonDayAndTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
const londonDayOfMonth = (iso: string) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric' }).format(
      new Date(iso),
    ),
  );

async function rowCounts(api: TestApi) {
  const [row] = await api.dataSource.query<{ groups: number; spaces: number; sessions: number }[]>(
    `SELECT (SELECT count(*)::int FROM village_group) AS groups,
            (SELECT count(*)::int FROM space) AS spaces,
            (SELECT count(*)::int FROM session) AS sessions`,
  );
  return row!;
}

describe('Open Referral import and export', () => {
  let api: TestApi;
  let admin: Member;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signUp('Admin A.');
    await api.grantRole(admin, 'ADMIN');
  });
  afterAll(() => api.close());

  const find = (groups: GroupView[], title: string) =>
    groups
      .flatMap((g) => g.sessions.map((s) => ({ group: g, session: s })))
      .filter((found) => found.session.title === title);

  it('imports the sample directory into groups, spaces and sessions for an admin', async () => {
    const result = await admin.gql(IMPORT, { json: SAMPLE });
    expect(result.errors).toBeUndefined();
    const imported = result.data!['importOpenReferral'];
    expect(imported.errors).toEqual([]);
    expect(imported.organizations).toMatchObject({ total: 5, created: 5, failed: 0 });
    expect(imported.locations).toMatchObject({ total: 5, created: 5, failed: 0 });
    expect(imported.services).toMatchObject({ total: 6, created: 6, failed: 0 });
    expect(imported.sessions).toMatchObject({ total: 7, created: 7 });
    expect(imported.warnings).toEqual([
      expect.objectContaining({
        recordType: 'location',
        message: 'The accessibility note "No lift to the first floor" matched no feature.',
      }),
    ]);
    expect(await rowCounts(api)).toEqual({ groups: 5, spaces: 5, sessions: 7 });

    const groups = await directoryOf(api);
    const [coffee] = find(groups, "Urdu Parents' Coffee Morning");
    expect(coffee!.group).toMatchObject({
      name: 'Al-Noor Masjid and Community Centre',
      kind: 'FAITH',
    });
    expect(coffee!.session).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=FR',
      startTime: expect.stringMatching(/^10:00/),
      durationMinutes: 90,
      minAgeMonths: 0,
      maxAgeMonths: 60,
      languages: ['ur', 'pa', 'en'],
      costPence: 0,
    });
    expect(coffee!.session.space).toMatchObject({
      name: 'Al-Noor Masjid Community Rooms',
      kind: 'MOSQUE',
      accessibility: ['STEP_FREE', 'QUIET_SPACE'],
    });
    expect(coffee!.session.nextOccurrences.map(londonDayAndTime)).toEqual(
      Array(4).fill('Fri 10:00'),
    );

    const [antenatal] = find(groups, 'Bump to Baby Antenatal Group');
    expect(antenatal!.session).toMatchObject({ minAgeMonths: -9, maxAgeMonths: 0 });
    const mondays = antenatal!.session.nextOccurrences;
    expect(mondays.map(londonDayAndTime)).toEqual(Array(4).fill('Mon 18:00'));
    for (let i = 1; i < mondays.length; i++)
      expect(Math.round((Date.parse(mondays[i]!) - Date.parse(mondays[i - 1]!)) / 86_400_000)).toBe(
        14,
      );

    const [massage] = find(groups, 'Baby Massage');
    expect(massage!.session).toMatchObject({
      minAgeMonths: 2,
      maxAgeMonths: 12,
      languages: ['en', 'pl'],
      costPence: 200,
    });
    expect(massage!.session.space).toMatchObject({
      kind: 'CHILDRENS_CENTRE',
      accessibility: [
        'STEP_FREE',
        'BABY_CHANGE',
        'PRAM_SPACE',
        'HEARING_LOOP',
        'ACCESSIBLE_TOILET',
      ],
    });
    expect(massage!.session.space.openingHours).toHaveLength(5);

    const [rhymes] = find(groups, 'Rhyme Time');
    expect(rhymes!.group.kind).toBe('CIVIC');
    expect(rhymes!.session).toMatchObject({ minAgeMonths: 0, maxAgeMonths: 60 });
    for (const iso of rhymes!.session.nextOccurrences) {
      expect(londonDayAndTime(iso)).toBe('Sat 10:30');
      expect(londonDayOfMonth(iso)).toBeLessThanOrEqual(7);
    }

    const foodbank = find(groups, 'Foodbank Drop-in')[0]!;
    expect(foodbank.group.kind).toBe('MUTUAL_AID');
    expect(foodbank.session.nextOccurrences.map(londonDayAndTime).sort()).toEqual([
      'Fri 12:00',
      'Fri 12:00',
      'Tue 12:00',
      'Tue 12:00',
    ]);
    expect(
      find(groups, 'Stay and Play')
        .map((f) => f.session.space.name)
        .sort(),
    ).toEqual(["Little Horton Children's Centre", 'Manningham Family Hub']);
  });

  it('updates on a second import and never duplicates', async () => {
    const again = (await admin.gql(IMPORT, { json: SAMPLE })).data!['importOpenReferral'];
    expect(again.errors).toEqual([]);
    expect(again.organizations).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(again.locations).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(again.sessions).toMatchObject({ created: 0, updated: 0, unchanged: 7, removed: 0 });
    expect(await rowCounts(api)).toEqual({ groups: 5, spaces: 5, sessions: 7 });

    // The hub's Stay and Play now runs until noon, and the Little Horton one has stopped.
    const changed = JSON.parse(SAMPLE);
    const stayAndPlay = changed.contents.find((s: { name: string }) => s.name === 'Stay and Play');
    stayAndPlay.service_at_locations[0].schedules[0].closes_at = '12:00';
    stayAndPlay.service_at_locations.pop();
    const updated = (await admin.gql(IMPORT, { json: JSON.stringify(changed) })).data![
      'importOpenReferral'
    ];
    expect(updated.errors).toEqual([]);
    expect(updated.sessions).toMatchObject({ created: 0, updated: 1, unchanged: 5, removed: 1 });
    expect(await rowCounts(api)).toEqual({ groups: 5, spaces: 5, sessions: 6 });
    const [hub] = find(await directoryOf(api), 'Stay and Play');
    expect(hub!.session).toMatchObject({ durationMinutes: 120 });

    // Put the sample back as it was for the export test.
    const restored = (await admin.gql(IMPORT, { json: SAMPLE })).data!['importOpenReferral'];
    expect(restored.sessions).toMatchObject({ created: 1, updated: 1 });
  });

  it('imports the good records of a file with bad ones, with one error per bad record', async () => {
    const result = (await admin.gql(IMPORT, { json: INVALID, source: 'girlington-test' })).data![
      'importOpenReferral'
    ];
    expect(result.errors).toEqual([
      {
        recordType: 'location',
        recordId: 'ca133d4b-cd20-459f-a978-6ecb9465d0e6',
        message:
          'The location has no latitude and longitude; Village needs them to show it on the map.',
      },
      {
        recordType: 'service',
        recordId: '000027f3-5df1-4b41-9d49-52b42f5510e2',
        message: expect.stringMatching(
          /^Its schedule \S+ closes at 13:00, before it opens at 14:00\.$/,
        ),
      },
    ]);
    expect(result.organizations).toMatchObject({ total: 1, created: 1 });
    expect(result.locations).toMatchObject({ total: 2, created: 1, failed: 1 });
    // Knit and Natter meets only at the refused location: skipped, not reported twice.
    expect(result.services).toMatchObject({ total: 3, created: 1, failed: 1, skipped: 1 });
    expect(result.sessions).toMatchObject({ total: 1, created: 1 });
    const [club] = find(await directoryOf(api), "Dads' Saturday Club");
    expect(club!.group.kind).toBe('CIVIC');
    expect(club!.session).toMatchObject({
      languages: ['en', 'bn'],
      minAgeMonths: 0,
      maxAgeMonths: 60,
    });
    expect(club!.session.nextOccurrences.map(londonDayAndTime)).toEqual(Array(4).fill('Sat 09:30'));
    await api.dataSource.query(`DELETE FROM village_group WHERE name LIKE 'Girlington%'`);
    await api.dataSource.query(`DELETE FROM space WHERE name = 'Whetley Lane Community Centre'`);
  });

  it('refuses the import to members who are not admins and to anonymous callers', async () => {
    const member = await api.signUp('Member M.');
    const asMember = await member.gql(IMPORT, { json: SAMPLE });
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(IMPORT, { json: SAMPLE });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses text that is not a directory with one clear message', async () => {
    const notJson = await admin.gql(IMPORT, { json: '{ "contents": [' });
    expect(notJson.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notJson.errors?.[0]?.message).toMatch(/^The file is not valid JSON/);
    const notDirectory = await admin.gql(IMPORT, { json: '{"name": "a recipe"}' });
    expect(notDirectory.errors?.[0]?.message).toMatch(/not an Open Referral directory/);
  });

  it('exports HSDS 3.0 that validates and round-trips into a fresh API', async () => {
    const result = await api.gql(
      graphql(`
        query OrukExportOpenReferral {
          exportOpenReferral
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    const exported = result.data!['exportOpenReferral'] as string;
    const document = JSON.parse(exported);
    expect(validateJson(HSDS_SERVICE_LIST_SCHEMA, document)).toEqual([]);
    expect(document.total_items).toBe(7);

    const http = await fetch(`${api.url}/open-referral/export.json`);
    expect(http.status).toBe(200);
    expect(http.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await http.json()).toEqual(document);

    const fresh = await startTestApi();
    try {
      const freshAdmin = await fresh.signUp('Admin B.');
      await fresh.grantRole(freshAdmin, 'ADMIN');
      const reimported = (await freshAdmin.gql(IMPORT, { json: exported })).data![
        'importOpenReferral'
      ];
      expect(reimported.errors).toEqual([]);
      expect(reimported.sessions).toMatchObject({ total: 7, created: 7 });
      expect(comparable(await directoryOf(fresh))).toEqual(comparable(await directoryOf(api)));
    } finally {
      await fresh.close();
    }
  });
});
