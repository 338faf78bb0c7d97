import { analyseTown, median } from './analyse-town';
import { syntheticTown } from './synthetic-town';
import { GroupAttributes, PersonAttributes, TieRecord, TownAnalysis } from './model';

const at = '2026-06-01T00:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(at) - days * 86_400_000).toISOString();

function person(
  key: string,
  householdKey: string,
  areaCell: string | null,
  languages: string[],
  extra: Partial<PersonAttributes> = {},
): PersonAttributes {
  return {
    key,
    householdKey,
    areaCell,
    languages,
    groups: [],
    holdsPower: false,
    helpGiven: 0,
    helpReceived: 0,
    lastContactAt: null,
    ...extra,
  };
}

// Two clusters joined by one weak tie, worked out by hand:
//   cluster 1: alice (organiser, holds power), bob (her household), carol — a triangle of weight-1 ties,
//              alice and carol members of group g1 (membership 1 × 0.3 each);
//   cluster 2: dan, erin, fay (erin and fay one household) — a triangle of weight-1 ties;
//   carol–dan: INTRODUCED 0.6 240 days ago (0.6 × ¼ = 0.15) + NEIGHBOURS 0.15 today = 0.3, active;
//   gus–fay: CO_ATTENDANCE 0.3 240 days ago = 0.075, below the 0.2 threshold: gus has no active tie;
//   dan–ghost: ghost is nobody, so the tie is ignored.
const people: PersonAttributes[] = [
  person('alice', 'h1', 'A', ['en'], {
    groups: ['g1'],
    holdsPower: true,
    lastContactAt: daysBefore(10),
    helpGiven: 2,
  }),
  person('bob', 'h1', 'A', ['en'], { helpReceived: 1 }),
  person('carol', 'h2', 'A', ['en', 'pl'], {
    groups: ['g1', 'unknown-group'],
    lastContactAt: daysBefore(20),
  }),
  person('dan', 'h3', 'B', ['pl'], { lastContactAt: daysBefore(100) }),
  person('erin', 'h4', 'B', ['pl']),
  person('fay', 'h4', 'B', ['ur']),
  person('gus', 'h5', null, ['ur']),
];
const groups: GroupAttributes[] = [{ key: 'g1', languages: ['en'] }];
const tie = (
  from: string,
  to: string,
  source: TieRecord['source'],
  strength: number,
  ageDays = 0,
): TieRecord => ({
  from,
  to,
  source,
  strength,
  lastSeenAt: daysBefore(ageDays),
});
const ties: TieRecord[] = [
  tie('alice', 'bob', 'HOUSEHOLD', 1, 400),
  tie('alice', 'carol', 'CO_ATTENDANCE', 1),
  tie('bob', 'carol', 'EXCHANGED_HELP', 1),
  tie('dan', 'erin', 'CO_ATTENDANCE', 1),
  tie('dan', 'fay', 'INTRODUCED', 2, 120),
  tie('erin', 'fay', 'HOUSEHOLD', 1),
  tie('carol', 'dan', 'INTRODUCED', 0.6, 240),
  tie('dan', 'carol', 'NEIGHBOURS', 0.15),
  tie('alice', 'g1', 'MEMBERSHIP', 1),
  tie('carol', 'g1', 'MEMBERSHIP', 1),
  tie('dan', 'ghost', 'CO_ATTENDANCE', 1),
  tie('gus', 'fay', 'CO_ATTENDANCE', 0.3, 240),
];

/** Yields the items once and fails the test if read a second time: analyseTown must stream. */
function once<T>(items: T[]): Iterable<T> {
  let used = false;
  return {
    [Symbol.iterator]() {
      if (used) throw new Error('iterable read twice');
      used = true;
      return items[Symbol.iterator]();
    },
  };
}

describe('analyseTown on a hand-worked town', () => {
  let result: TownAnalysis;
  const measure = (key: string) => result.people.find((p) => p.key === key)!;
  beforeAll(async () => {
    result = await analyseTown({
      at,
      people: once(people),
      groups: once(groups),
      ties: once(ties),
    });
  });

  it('counts active person ties after fading and merging, and ignores ties to unknown keys', () => {
    expect(result.people.map((p) => [p.key, p.activeTies])).toEqual([
      ['alice', 2],
      ['bob', 2],
      ['carol', 3],
      ['dan', 3],
      ['erin', 2],
      ['fay', 2],
      ['gus', 0],
    ]);
    expect(result.ignoredTies).toBe(1);
    // alice: bob 1 + carol 1 + g1 0.3; fay: dan 1 + erin 1 + gus 0.075.
    expect(measure('alice').weightedDegree).toBeCloseTo(2.3, 6);
    expect(measure('carol').weightedDegree).toBeCloseTo(2.6, 6);
    expect(measure('fay').weightedDegree).toBeCloseTo(2.075, 6);
    expect(measure('gus').weightedDegree).toBeCloseTo(0.075, 6);
  });

  it('finds the two clusters as communities, gus with fay, and reports their modularity', () => {
    const c = (key: string) => measure(key).community;
    expect(c('alice')).toBe(c('bob'));
    expect(c('alice')).toBe(c('carol'));
    expect(c('dan')).toBe(c('erin'));
    expect(c('dan')).toBe(c('fay'));
    expect(c('gus')).toBe(c('fay'));
    expect(c('alice')).not.toBe(c('dan'));
    expect(result.town.communities).toBe(2);
    // m = 6 + 0.3 + 0.6 + 0.075 = 6.975; inside {a,b,c,g1} 3.6 (degree 7.5), inside {d,e,f,gus} 3.075 (6.45).
    const m = 6.975;
    const q = 3.6 / m - (7.5 / (2 * m)) ** 2 + 3.075 / m - (6.45 / (2 * m)) ** 2;
    expect(result.town.modularity).toBeCloseTo(q, 6);
  });

  it('classifies each active tie as linking, bonding or bridging', () => {
    const reach = (key: string) => {
      const p = measure(key);
      return [p.linkingTies, p.bondingTies, p.bridgingTies];
    };
    // alice holds power: both her ties link. bob–carol: same community, both speak en: bonding.
    // carol–dan: different communities: bridging. dan–erin: pl, same community: bonding.
    // dan–fay and erin–fay: fay speaks only ur: bridging.
    expect(reach('alice')).toEqual([2, 0, 0]);
    expect(reach('bob')).toEqual([1, 1, 0]);
    expect(reach('carol')).toEqual([1, 1, 1]);
    expect(reach('dan')).toEqual([0, 1, 2]);
    expect(reach('erin')).toEqual([0, 1, 1]);
    expect(reach('fay')).toEqual([0, 0, 2]);
    expect(reach('gus')).toEqual([0, 0, 0]);
  });

  it('measures ego networks, brokerage and betweenness on the active ties between people', () => {
    expect(result.people.map((p) => [p.egoOneHop, p.egoTwoHop])).toEqual([
      [2, 3],
      [2, 3],
      [3, 5],
      [3, 5],
      [2, 3],
      [2, 3],
      [0, 0],
    ]);
    expect(measure('alice').effectiveSize).toBe(1); // contacts b, c tied to each other: 2 − 2/2
    expect(measure('carol').effectiveSize).toBeCloseTo(3 - 2 / 3, 12);
    expect(measure('gus').effectiveSize).toBe(0); // no ego network: 0, not NaN
    // 7 nodes (gus too) → 15 pairs without a given node. carol and dan each sit on the 6 pairs
    // between {alice, bob} × {dan, erin, fay} and {alice, bob, carol} × {erin, fay}: 6/15.
    expect(measure('carol').betweenness).toBeCloseTo(0.4, 12);
    expect(measure('dan').betweenness).toBeCloseTo(0.4, 12);
    expect(measure('alice').betweenness).toBe(0);
    expect(measure('erin').betweenness).toBe(0);
  });

  it('passes groups (known ones only) and help counts through', () => {
    expect(measure('alice')).toMatchObject({ groups: 1, helpGiven: 2, helpReceived: 0 });
    expect(measure('carol').groups).toBe(1);
    expect(measure('bob')).toMatchObject({ groups: 0, helpReceived: 1 });
  });

  it('explains each household by the factors that apply', () => {
    expect(result.households).toEqual([
      // Only carol outside; alice is in g1, in touch 10 days ago, and holds power.
      { householdKey: 'h1', factors: ['FEW_ACTIVE_TIES'] },
      { householdKey: 'h2', factors: [] },
      // dan: in touch 100 days ago, in no group, no tie to power; carol shares his Polish.
      { householdKey: 'h3', factors: ['NO_GROUP', 'NO_RECENT_CONTACT', 'NO_LINKING_TIE'] },
      // erin and fay: only dan outside (who shares erin's Polish).
      {
        householdKey: 'h4',
        factors: ['FEW_ACTIVE_TIES', 'NO_GROUP', 'NO_RECENT_CONTACT', 'NO_LINKING_TIE'],
      },
      {
        householdKey: 'h5',
        factors: [
          'FEW_ACTIVE_TIES',
          'NO_GROUP',
          'NO_RECENT_CONTACT',
          'LANGUAGE_ISOLATION',
          'NO_LINKING_TIE',
        ],
      },
    ]);
  });

  it('aggregates per area cell, per group and for the town', () => {
    expect(result.areas).toEqual([
      {
        areaCell: 'A',
        people: 3,
        shareWithoutActiveTie: 0,
        medianActiveTies: 2,
        shareWithBridgingTie: 1 / 3,
        shareWithLinkingTie: 1,
        shareOfHouseholdsIsolated: 0,
      },
      {
        areaCell: 'B',
        people: 3,
        shareWithoutActiveTie: 0,
        medianActiveTies: 2,
        shareWithBridgingTie: 1,
        shareWithLinkingTie: 0,
        shareOfHouseholdsIsolated: 1,
      },
    ]);
    expect(result.groups).toEqual([
      {
        key: 'g1',
        people: 2,
        shareWithoutActiveTie: 0,
        medianActiveTies: 2.5, // alice 2, carol 3: the mean of the two middles
        shareWithBridgingTie: 0.5,
        shareWithLinkingTie: 1,
        shareOfHouseholdsIsolated: 0,
        communities: [{ community: measure('alice').community, people: 2 }],
      },
    ]);
    expect(result.town).toMatchObject({
      people: 7,
      shareWithoutActiveTie: 1 / 7,
      medianActiveTies: 2, // 0 2 2 2 2 3 3
      shareWithBridgingTie: 4 / 7,
      shareWithLinkingTie: 3 / 7,
      shareOfHouseholdsIsolated: 3 / 5, // h3, h4, h5
    });
  });

  it('is deterministic for a seed', async () => {
    const again = await analyseTown({ at, people, groups, ties });
    expect(again).toEqual(result);
  });

  it('counts each group’s members by community, communities in order', async () => {
    // Dan joins g1 too (a membership without its tie yet: the communities stay as they were).
    const withDan = people.map((p) => (p.key === 'dan' ? { ...p, groups: ['g1'] } : p));
    const joined = await analyseTown({ at, people: withDan, groups, ties });
    const c = (key: string) => joined.people.find((p) => p.key === key)!.community;
    expect(c('dan')).toBe(measure('dan').community);
    expect(joined.groups[0]!.communities).toEqual(
      [
        { community: c('alice'), people: 2 },
        { community: c('dan'), people: 1 },
      ].sort((a, b) => a.community - b.community),
    );
  });
});

describe('analyseTown tie reach', () => {
  it('does not call a tie between two people who both hold power linking', async () => {
    // o1 and o2 both organise; o1–p is the only tie with exactly one end holding power.
    const result = await analyseTown({
      at,
      people: [
        person('o1', 'x1', 'A', ['en'], { holdsPower: true }),
        person('o2', 'x2', 'A', ['en'], { holdsPower: true }),
        person('p', 'x3', 'A', ['en']),
      ],
      groups: [],
      ties: [tie('o1', 'o2', 'INTRODUCED', 1), tie('o1', 'p', 'INTRODUCED', 1)],
    });
    const reach = (key: string) => {
      const m = result.people.find((x) => x.key === key)!;
      return [m.linkingTies, m.bondingTies + m.bridgingTies];
    };
    expect(reach('o1')).toEqual([1, 1]);
    expect(reach('o2')).toEqual([0, 1]);
    expect(reach('p')).toEqual([1, 0]);
  });
});

describe('analyseTown invariants', () => {
  it('gives every person the same exact measures whatever order the people arrive in', async () => {
    const measuresByKey = async (order: 'scrambled' | 'neighbourhood') => {
      const town = syntheticTown({ people: 400, ties: 1600, seed: 2, order });
      const result = await analyseTown({ ...town, betweennessSamples: 400 });
      return new Map(
        result.people.map((p) => [
          p.key,
          [p.activeTies, p.egoTwoHop, p.betweenness.toFixed(12), p.effectiveSize],
        ]),
      );
    };
    const scrambled = await measuresByKey('scrambled');
    const ordered = await measuresByKey('neighbourhood');
    expect(scrambled.size).toBe(400);
    for (const [key, values] of ordered) expect([key, scrambled.get(key)]).toEqual([key, values]);
  });

  it('handles an empty town', async () => {
    const result = await analyseTown({ at, people: [], groups: [], ties: [] });
    expect(result.people).toEqual([]);
    expect(result.households).toEqual([]);
    expect(result.town).toEqual({
      people: 0,
      shareWithoutActiveTie: 0,
      medianActiveTies: 0,
      shareWithBridgingTie: 0,
      shareWithLinkingTie: 0,
      shareOfHouseholdsIsolated: 0,
      communities: 0,
      modularity: 0,
    });
  });

  it('refuses an unreadable analysis time', async () => {
    await expect(analyseTown({ at: 'soon', people: [], groups: [], ties: [] })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middles, and 0 for nothing', () => {
    expect(median(Int32Array.from([5, 1, 3]))).toBe(3);
    expect(median(Int32Array.from([4, 1, 3, 10]))).toBe(3.5);
    expect(median(new Int32Array(0))).toBe(0);
  });
});
