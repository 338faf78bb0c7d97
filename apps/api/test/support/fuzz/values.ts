import {
  getNullableType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { Prng } from './prng';

/** Real things the fuzzer can name: ids of seeded objects by kind, and cursors the lists gave out. */
export interface FuzzPools {
  /** Ids of seeded objects, by kind (`group`, `space`, `person`, …). */
  ids: Record<string, string[]>;
  /** Cursors, by the root field that gave them out (`liveCursor` for the event log). */
  cursors: Record<string, string[]>;
  /** H3 resolution-8 cells of the seeded town. */
  areaCells: string[];
}

/** Where a value goes: the root field, and the argument or input field it is for. */
export interface ValueSite {
  rootField: string;
  name: string;
}

const NUL = '\u0000';

/**
 * Strings that probe every layer: empty, long, right-to-left and emoji, NUL and other control
 * characters, SQL- and HTML-looking text. None of them contains what the SQL and stack-trace
 * detectors look for, so an error that repeats one back is not mistaken for a leak.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a',
  'Bumps and Babies',
  'x'.repeat(256),
  'y'.repeat(1_001),
  'z'.repeat(10_000),
  'مرحبا بكم في القرية',
  'שלום עליכם',
  'abc\u202Edcba\u202C',
  '👩‍👩‍👧‍👦🏳️‍🌈🇵🇰',
  'Z̷̡̙̈́a̵̪͝l̸̰̔g̴̫̎ȯ̶̠',
  '\uFEFF\u200B\u200D',
  '\uD800',
  `a${NUL}b`,
  NUL,
  `${NUL}`.repeat(3),
  '\u0001\u0007\u001b[31mred',
  'line\r\nbreak\rcarriage',
  '\t\v\f',
  '\u007F\u0085\u2028\u2029',
  "'; DROP TABLE person; --",
  "' OR '1'='1",
  '" OR ""="',
  '1; SELECT pg_sleep(1)',
  '%_\\',
  '$1 $2',
  "E'\\\\x00'",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7} #{7*7}',
  '%s%s%s%n',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  '{"__proto__":{"polluted":true}}',
  '[]',
];

/** Valid-looking values for arguments whose name says what they hold. */
const BY_NAME: Record<string, readonly string[]> = {
  areaCell: ['8819429a9dfffff', '8819429a9bfffff', '8f19429a9dfffff', '8019fffffffffff', 'zz'],
  email: [
    'parent@village.test',
    'fuzz@example.test',
    'not-an-email',
    'a@b',
    `x${NUL}@example.test`,
  ],
  language: ['en', 'ur', 'pl', 'xx', 'EN', 'e'],
  languages: ['en', 'ur', 'pl', 'xx', 'EN', 'e'],
  startDate: ['2026-01-06', '2026-02-30', '0000-01-01', '9999-12-31', '+275760-09-13', 'tomorrow'],
  issuedOn: ['2025-01-01', '2026-13-01', '0000-01-01', '9999-12-31'],
  expiresOn: ['2027-01-01', '2026-02-29', '0001-01-01', '99999-01-01'],
  dueMonth: ['2027-03', '2026-13', '0000-01', '9999-12', '2027-3'],
  childBirthMonths: ['2026-05', '2026-00', '1900-01', '3000-01'],
  startTime: ['10:00', '00:00', '23:59', '24:00', '25:61', '9:5'],
  startsBy: ['12:00', '24:00', '-1:00'],
  startsFrom: ['09:00', '99:99', ''],
  opens: ['09:00', '24:01'],
  closes: ['17:00', '00:00'],
  recurrence: [
    'FREQ=WEEKLY;BYDAY=TU',
    'FREQ=DAILY',
    'FREQ=SECONDLY',
    'FREQ=WEEKLY;COUNT=1000000',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'RRULE:FREQ=WEEKLY',
    'FREQ=YEARLY;UNTIL=99991231T000000Z',
    'BYDAY=XX',
  ],
  website: ['https://example.test', 'javascript:alert(1)', 'ftp://x', 'http://'],
  json: [
    '{}',
    '[]',
    '{"organizations":[]}',
    '{"contents":[{"id":"s1","name":"Stay","organization":{"id":"o1","name":"O"}}]}',
    '{"contents":[{"id":"s1","name":"' + NUL + '"}]}',
    '{"contents":' + '['.repeat(500) + ']'.repeat(500) + '}',
    '{',
  ],
  source: ['open-referral', '', 'a/b', 'x'.repeat(300)],
  purpose: ['Help settling in', ''],
  criteria: ['{}'],
};

const INTS = [
  0, 1, -1, 2, 3, 5, 7, 12, 20, 36, 50, 51, 60, 100, 1_000, 20_000, 2_147_483_647, -2_147_483_648,
];
const FLOATS = [
  0,
  -0,
  0.5,
  53.7946,
  -1.7564,
  90,
  -90,
  90.0000001,
  180,
  -180,
  180.5,
  1e-7,
  5e-324,
  1e308,
  -1e308,
  2_147_483_648.5,
  Number.MAX_SAFE_INTEGER,
];
const DAY = 86_400_000;
const DATE_TIMES = [
  (today: number) => new Date(today + DAY / 3).toISOString(),
  (today: number) => new Date(today + DAY * 1.5).toISOString(),
  (today: number) => new Date(today - DAY * 400).toISOString(),
  () => '2026-03-29T00:30:00Z',
  () => '1970-01-01T00:00:00Z',
  () => 'yesterday',
  () => '2026-13-01T00:00:00Z',
  () => '2026-02-30T10:00:00Z',
  () => '0000-01-01T00:00:00Z',
  () => '9999-12-31T23:59:59Z',
  () => '+275760-09-13T00:00:00.000Z',
  () => '-271821-04-20T00:00:00.000Z',
  () => '',
];

/** Which kind of seeded object an `id` argument names, by the root field it belongs to. */
const ID_OF_ROOT: Record<string, string> = {
  group: 'group',
  updateGroup: 'group',
  space: 'space',
  updateSpace: 'space',
  session: 'session',
  updateSession: 'session',
  helpPost: 'helpPost',
  updateHelpPost: 'helpPost',
  withdrawHelpPost: 'helpPost',
  helpPostMatches: 'helpPost',
  exchange: 'exchange',
  person: 'person',
  personUpdated: 'person',
  withdrawConsent: 'consent',
  deleteSavedSearch: 'savedSearch',
  dismissReport: 'report',
  releaseModerationItem: 'moderationItem',
  removeModerationItem: 'moderationItem',
  revokeSession: 'authSession',
  revokeVetting: 'vetting',
  updateSafeguardingConcern: 'concern',
};

/** Which kind an `…Id` argument names, by its name without `Id`. */
const ID_OF_NAME: Record<string, string> = {
  group: 'group',
  organisation: 'group',
  authorGroup: 'group',
  space: 'space',
  session: 'session',
  helpPost: 'helpPost',
  exchange: 'exchange',
  person: 'person',
  aboutPerson: 'person',
  actorPerson: 'person',
  subjectPerson: 'person',
  message: 'message',
};

export function idKindOf(site: ValueSite): string | undefined {
  if (site.name === 'id') return ID_OF_ROOT[site.rootField];
  return ID_OF_NAME[site.name.replace(/Id$/, '')];
}

const CURSOR_ARGUMENTS = new Set(['after', 'since']);

const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A v4-looking UUID from the generator (not crypto: it must replay from the seed). */
export function uuidFrom(random: Prng): string {
  const hex = () => random.int(0, 15).toString(16);
  const group = (length: number) => Array.from({ length }, hex).join('');
  return `${group(8)}-${group(4)}-4${group(3)}-${random.pick(['8', '9', 'a', 'b'])}${group(3)}-${group(12)}`;
}

/** Generates argument values for one schema: boundary and hostile values, and real ones. */
export class ValueGenerator {
  /** Midnight UTC today: dates relative to it are the same all day, so a seed replays. */
  private readonly today = Math.floor(Date.now() / DAY) * DAY;

  constructor(private readonly pools: FuzzPools) {}

  value(type: GraphQLInputType, site: ValueSite, random: Prng, depth = 0): unknown {
    if (!isNonNullType(type) && random.chance(0.08)) return null;
    const inner = getNullableType(type);
    if (isListType(inner)) {
      const length = random.pick([0, 1, 1, 2, 3, 7, 8, 60]);
      return Array.from({ length }, () => this.value(inner.ofType, site, random, depth + 1));
    }
    if (isInputObjectType(inner)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && (depth > 3 || !random.chance(0.5))) continue;
        object[field.name] = this.value(
          field.type,
          { rootField: site.rootField, name: field.name },
          random,
          depth + 1,
        );
      }
      return object;
    }
    if (isEnumType(inner)) return random.pick(inner.getValues()).value;
    if (isScalarType(inner)) return this.scalar(inner.name, site, random);
    throw new Error(`no values for ${String(type)}`);
  }

  private scalar(name: string, site: ValueSite, random: Prng): unknown {
    switch (name) {
      case 'Boolean':
        return random.chance(0.5);
      case 'Int':
        return random.chance(0.8) ? random.pick(INTS) : random.int(-100, 100);
      case 'Float':
        return random.chance(0.8) ? random.pick(FLOATS) : (random.next() - 0.5) * 400;
      case 'DateTime':
        return random.pick(DATE_TIMES)(this.today);
      case 'ID':
        return this.id(site, random);
      case 'String':
        return this.string(site, random);
      default:
        throw new Error(`no values for the scalar ${name}`);
    }
  }

  private id(site: ValueSite, random: Prng): string {
    const kind = idKindOf(site);
    const own = kind ? (this.pools.ids[kind] ?? []) : [];
    const any = Object.values(this.pools.ids).flat();
    const roll = random.next();
    if (roll < 0.55 && own.length > 0) return random.pick(own);
    if (roll < 0.65 && any.length > 0) return random.pick(any);
    if (roll < 0.75) return uuidFrom(random);
    if (roll < 0.8)
      return random.pick([
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
      ]);
    if (roll < 0.9) return this.cursor(site, random);
    const real = own[0] ?? uuidFrom(random);
    return random.pick([
      '',
      '42',
      'abc',
      `${real} `,
      real.toUpperCase(),
      `${real}${NUL}`,
      `{${real}}`,
      real.replace(/-/g, ''),
      'x'.repeat(300),
      "'; DROP TABLE person; --",
    ]);
  }

  private string(site: ValueSite, random: Prng): string {
    if (CURSOR_ARGUMENTS.has(site.name) && random.chance(0.8)) return this.cursor(site, random);
    if (site.name === 'areaCell' && random.chance(0.4) && this.pools.areaCells.length)
      return random.pick(this.pools.areaCells);
    const named = BY_NAME[site.name];
    if (named && random.chance(0.6)) return random.pick(named);
    return random.pick(HOSTILE_STRINGS);
  }

  /** A cursor from this list, from another list, crafted, or made up. */
  private cursor(site: ValueSite, random: Prng): string {
    const ownKey = site.name === 'since' ? 'liveCursor' : site.rootField;
    const own = this.pools.cursors[ownKey] ?? [];
    const foreign = Object.entries(this.pools.cursors)
      .filter(([key]) => key !== ownKey)
      .flatMap(([, cursors]) => cursors);
    const roll = random.next();
    if (roll < 0.4 && own.length > 0) return random.pick(own);
    if (roll < 0.6 && foreign.length > 0) return random.pick(foreign);
    if (roll < 0.85)
      return encodeCursor(
        random.pick([
          [1, 'not-an-id'],
          ['text', uuidFrom(random)],
          [1e308, uuidFrom(random)],
          [-1, uuidFrom(random)],
          ['2026-01-01T00:00:00.000Z', uuidFrom(random)],
          [`a${NUL}`, uuidFrom(random)],
          [null, uuidFrom(random)],
          [[], []],
          {},
          'x',
        ]),
      );
    return random.pick([
      '0',
      '-1',
      '1.5',
      ' 1',
      '99999999999999999999',
      '1e3',
      'bm90IGEgY3Vyc29y',
      '',
    ]);
  }
}
