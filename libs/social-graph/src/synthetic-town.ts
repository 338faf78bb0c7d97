import { GroupAttributes, PersonAttributes, TieRecord, TieSource } from './model';
import { SeededRandom } from './random';

/**
 * A made-up town of any size for measuring the engine: people in households of one to four, in
 * neighbourhoods of 1,000 (one area cell each), most speaking English, some a second language and a
 * few only another; groups of about 50 drawn mostly from one neighbourhood; ties mostly within a
 * neighbourhood, with evidence of every kind and age. Each iterable regenerates its rows from the
 * seed when read, so a 1M-person town costs no memory until the engine keeps it.
 */
export interface SyntheticTownOptions {
  people: number;
  /** Person–person ties besides household and membership ties. */
  ties: number;
  seed?: number;
  at?: string;
  /**
   * 'scrambled' (default) yields people in an order unrelated to where they live, as rows keyed by
   * UUID come from a database; 'neighbourhood' yields them neighbourhood by neighbourhood.
   */
  order?: 'scrambled' | 'neighbourhood';
}

const NEIGHBOURHOOD = 1000;
const OTHER_LANGUAGES = ['pl', 'ur', 'pa', 'ro', 'so', 'ar'];
const EVENTS: TieSource[] = [
  'CO_ATTENDANCE',
  'CO_ATTENDANCE',
  'EXCHANGED_HELP',
  'INTRODUCED',
  'NEIGHBOURS',
  'SHARED_LANGUAGE',
];
const DAY_MS = 86_400_000;

export function syntheticTown(options: SyntheticTownOptions): {
  at: string;
  people: Iterable<PersonAttributes>;
  groups: Iterable<GroupAttributes>;
  ties: Iterable<TieRecord>;
} {
  const seed = options.seed ?? 1;
  const at = options.at ?? '2026-12-01T00:00:00.000Z';
  const atMs = Date.parse(at);
  const n = options.people;
  const groupCount = Math.max(1, Math.floor(n / 50));
  const neighbourhoods = Math.max(1, Math.ceil(n / NEIGHBOURHOOD));
  const household = (i: number) => Math.floor((i * 2) / 5);
  const neighbourhood = (i: number) => Math.floor(i / NEIGHBOURHOOD);
  // Each person's own random stream, so people and ties agree on their groups without storing them.
  const personRandom = (i: number) => new SeededRandom((seed * 0x9e3779b1) ^ (i * 0x85ebca6b));
  const groupsOf = (i: number): string[] => {
    const random = personRandom(i);
    random.uint32();
    const count = random.below(10) < 4 ? 0 : 1 + random.below(3);
    const keys: string[] = [];
    const perNeighbourhood = Math.max(1, Math.floor(groupCount / neighbourhoods));
    for (let g = 0; g < count; g++) {
      const local = random.below(10) < 8;
      const index = local
        ? (neighbourhood(i) * perNeighbourhood + random.below(perNeighbourhood)) % groupCount
        : random.below(groupCount);
      const key = `g${index}`;
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  };
  const languagesOf = (i: number): string[] => {
    const roll = new SeededRandom(seed + i * 7919).below(100);
    const other = OTHER_LANGUAGES[i % OTHER_LANGUAGES.length]!;
    if (roll < 70) return ['en'];
    if (roll < 88) return ['en', other];
    if (roll < 97) return [other];
    return [];
  };

  return {
    at,
    groups: {
      *[Symbol.iterator]() {
        for (let g = 0; g < groupCount; g++)
          yield { key: `g${g}`, languages: g % 7 === 0 ? [OTHER_LANGUAGES[g % 6]!] : ['en'] };
      },
    },
    people: {
      *[Symbol.iterator]() {
        // A stride coprime with n visits every person once, in an order unrelated to neighbourhoods.
        let stride = 1;
        if (options.order !== 'neighbourhood') {
          stride = Math.floor(n * 0.6180339887) | 1;
          while (gcd(stride, n) !== 1) stride += 2;
        }
        for (let step = 0; step < n; step++) {
          const i = (step * stride) % n;
          const random = personRandom(i);
          const contact = random.below(10) < 7;
          yield {
            key: `p${i}`,
            householdKey: `h${household(i)}`,
            areaCell: `cell${neighbourhood(i)}`,
            languages: languagesOf(i),
            groups: groupsOf(i),
            holdsPower: random.below(100) < 2,
            helpGiven: random.below(4),
            helpReceived: random.below(4),
            lastContactAt: contact
              ? new Date(atMs - random.below(200) * DAY_MS).toISOString()
              : null,
          };
        }
      },
    },
    ties: {
      *[Symbol.iterator]() {
        const stamp = new Date(atMs).toISOString();
        for (let i = 1; i < n; i++)
          if (household(i) === household(i - 1))
            yield {
              from: `p${i - 1}`,
              to: `p${i}`,
              source: 'HOUSEHOLD',
              strength: 1,
              lastSeenAt: stamp,
            };
        for (let i = 0; i < n; i++)
          for (const group of groupsOf(i))
            yield {
              from: `p${i}`,
              to: group,
              source: 'MEMBERSHIP',
              strength: 1,
              lastSeenAt: stamp,
            };
        const random = new SeededRandom(seed ^ 0x5bd1e995);
        for (let t = 0; t < options.ties; t++) {
          const a = random.below(n);
          const local = random.below(10) < 8;
          const base = neighbourhood(a) * NEIGHBOURHOOD;
          const b = local ? Math.min(n - 1, base + random.below(NEIGHBOURHOOD)) : random.below(n);
          if (a === b) continue;
          yield {
            from: `p${a}`,
            to: `p${b}`,
            source: EVENTS[random.below(EVENTS.length)]!,
            strength: 0.2 + random.below(80) / 100,
            lastSeenAt: new Date(atMs - random.below(730) * DAY_MS).toISOString(),
          };
        }
      },
    },
  };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
