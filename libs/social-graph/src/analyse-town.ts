import { availableParallelism } from 'node:os';
import { betweennessOnThreads } from './betweenness';
import { GraphBuilder } from './graph-builder';
import { DoubleList, IntList } from './int-list';
import { louvain } from './louvain';
import { effectiveSize, egoSizes, weightedDegrees } from './measures';
import {
  Aggregate,
  ConnectednessFactor,
  CsrGraph,
  GroupAttributes,
  GroupCommunity,
  HouseholdConnectedness,
  PersonAttributes,
  PersonMeasures,
  TieRecord,
  TieSource,
  TownAnalysis,
} from './model';
import {
  ACTIVE_TIE_THRESHOLD,
  CONNECTEDNESS_THRESHOLDS,
  EVENT_SOURCES,
  TIE_SOURCES,
  tieWeightAt,
  toMillis,
} from './tie-weight';

export interface AnalyseTownInput {
  /** The moment the fading is worked out for, ISO 8601. */
  at: string;
  people: Iterable<PersonAttributes>;
  groups: Iterable<GroupAttributes>;
  ties: Iterable<TieRecord>;
  /** Sources for the betweenness estimate; default min(people, 256). ≥ people means exact. */
  betweennessSamples?: number;
  /**
   * Threads sharing the betweenness sources. Default: every core the machine offers once the
   * active graph has `THREADED_FROM_ACTIVE_TIES` ties (below that a thread's start costs more than
   * it saves), else 1.
   */
  threads?: number;
  /** Seed for Louvain's node order and the betweenness sample; default 1. */
  seed?: number;
  /** Told when each phase ends, with the milliseconds it took (for the job's log and the bench). */
  onPhase?: (phase: string, milliseconds: number) => void;
}

/** Default number of betweenness sources in `analyseTown` (see docs/social-graph.md for its error). */
export const DEFAULT_BETWEENNESS_SAMPLES = 256;

/** Active ties from which betweenness is shared out between threads by default. */
export const THREADED_FROM_ACTIVE_TIES = 50_000;

const WEEK_MS = 7 * 86_400_000;
const KIND_OF = new Map<TieSource, number>(TIE_SOURCES.map((source, i) => [source, i]));
const FADES = Uint8Array.from(TIE_SOURCES, (source) => (EVENT_SOURCES.includes(source) ? 1 : 0));

/**
 * The whole analysis of a town at one moment. Each iterable is read once, in the order groups,
 * people, ties, so the caller can stream rows straight from a database cursor. See
 * docs/social-graph.md for every rule applied here.
 */
export async function analyseTown(input: AnalyseTownInput): Promise<TownAnalysis> {
  const atMs = Date.parse(input.at);
  if (Number.isNaN(atMs)) throw new RangeError(`analyseTown: 'at' is not a date: ${input.at}`);
  const seed = input.seed ?? 1;
  let phaseStarted = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    input.onPhase?.(name, now - phaseStarted);
    phaseStarted = now;
  };

  // Groups first: they are few, and people name the groups they belong to.
  const groupIndex = new Map<string, number>();
  const groupKeys: string[] = [];
  const languageIndex = new Map<string, number>();
  const languageId = (language: string): number => {
    let id = languageIndex.get(language);
    if (id === undefined) {
      id = languageIndex.size;
      languageIndex.set(language, id);
    }
    return id;
  };
  for (const group of input.groups) {
    if (groupIndex.has(group.key)) continue;
    groupIndex.set(group.key, groupKeys.length);
    groupKeys.push(group.key);
  }

  // People: one column per attribute, no object per person kept beyond the input's.
  const builder = new GraphBuilder(1 << 16);
  const keys: string[] = [];
  const householdIndex = new Map<string, number>();
  const householdKeys: string[] = [];
  const areaIndex = new Map<string, number>();
  const areaCells: string[] = [];
  const household = new IntList(1024);
  const area = new IntList(1024);
  const languageStart = new IntList(1024);
  const languages = new IntList(1024);
  const membershipPerson = new IntList(1024);
  const membershipGroup = new IntList(1024);
  const groupCount = new IntList(1024);
  const power = new IntList(1024);
  const helpGiven = new IntList(1024);
  const helpReceived = new IntList(1024);
  const lastContact = new DoubleList(1024);
  let duplicatePeople = 0;
  for (const person of input.people) {
    if (builder.indexOf(person.key) !== -1) {
      duplicatePeople++;
      continue;
    }
    const p = builder.node(person.key);
    keys.push(person.key);
    let h = householdIndex.get(person.householdKey);
    if (h === undefined) {
      h = householdKeys.length;
      householdIndex.set(person.householdKey, h);
      householdKeys.push(person.householdKey);
    }
    household.push(h);
    let a = -1;
    if (person.areaCell !== null) {
      a = areaIndex.get(person.areaCell) ?? -1;
      if (a === -1) {
        a = areaCells.length;
        areaIndex.set(person.areaCell, a);
        areaCells.push(person.areaCell);
      }
    }
    area.push(a);
    languageStart.push(languages.length);
    for (const language of person.languages) languages.push(languageId(language));
    let known = 0;
    for (const groupKey of person.groups) {
      const g = groupIndex.get(groupKey);
      if (g === undefined) continue;
      membershipPerson.push(p);
      membershipGroup.push(g);
      known++;
    }
    groupCount.push(known);
    power.push(person.holdsPower ? 1 : 0);
    helpGiven.push(person.helpGiven);
    helpReceived.push(person.helpReceived);
    lastContact.push(person.lastContactAt === null ? NaN : Date.parse(person.lastContactAt));
  }
  const peopleCount = keys.length;
  languageStart.push(languages.length);
  // Groups are nodes too, after the people: node index p < peopleCount is a person.
  for (const key of groupKeys) builder.node(key);

  // Ties: faded as they stream past; unknown ends and unreadable rows are counted and skipped.
  let ignoredTies = 0;
  for (const tie of input.ties) {
    const a = builder.indexOf(tie.from);
    const b = builder.indexOf(tie.to);
    const kind = KIND_OF.get(tie.source);
    if (a === -1 || b === -1 || kind === undefined) {
      ignoredTies++;
      continue;
    }
    let weight: number;
    try {
      const seenMs = FADES[kind] === 1 ? toMillis(tie.lastSeenAt) : 0;
      weight = tieWeightAt(tie.strength, seenMs, atMs, tie.source);
    } catch {
      ignoredTies++;
      continue;
    }
    builder.addEdgeByIndex(a, b, weight, kind);
  }
  const { graph } = builder.build();
  phase('read and build');

  const communities = louvain(graph, { seed });
  phase('louvain');
  const strength = weightedDegrees(graph);
  const active = activePeopleGraph(graph, peopleCount);
  const activeTies = new Int32Array(peopleCount);
  for (let p = 0; p < peopleCount; p++) activeTies[p] = active.offsets[p + 1]! - active.offsets[p]!;
  const ego = egoSizes(active);
  phase('active graph and ego networks');
  const brokerage = effectiveSize(active);
  const samples = input.betweennessSamples ?? Math.min(peopleCount, DEFAULT_BETWEENNESS_SAMPLES);
  phase('effective size');
  const threads =
    input.threads ?? (active.edgeCount >= THREADED_FROM_ACTIVE_TIES ? availableParallelism() : 1);
  const between = await inCommunityOrder(active, communities.community, (graph) =>
    betweennessOnThreads(graph, { samples, seed, threads }),
  );
  phase('betweenness');

  const languageStarts = languageStart.toArray();
  const languageIds = languages.toArray();
  const powerOf = power.toArray();
  const community = communities.community;
  const sharesLanguage = (u: number, v: number): boolean => {
    for (let i = languageStarts[u]!; i < languageStarts[u + 1]!; i++)
      for (let j = languageStarts[v]!; j < languageStarts[v + 1]!; j++)
        if (languageIds[i] === languageIds[j]) return true;
    return false;
  };
  const bonding = new Int32Array(peopleCount);
  const bridging = new Int32Array(peopleCount);
  const linking = new Int32Array(peopleCount);
  for (let u = 0; u < peopleCount; u++) {
    for (let e = active.offsets[u]!; e < active.offsets[u + 1]!; e++) {
      const v = active.targets[e]!;
      if (powerOf[u] !== powerOf[v]) linking[u]!++;
      else if (community[u] === community[v] && sharesLanguage(u, v)) bonding[u]!++;
      else bridging[u]!++;
    }
  }

  const householdOf = household.toArray();
  const groupsOf = groupCount.toArray();
  const givenOf = helpGiven.toArray();
  const receivedOf = helpReceived.toArray();
  const contactOf = lastContact.toArray();
  const people: PersonMeasures[] = new Array<PersonMeasures>(peopleCount);
  for (let p = 0; p < peopleCount; p++) {
    const size = brokerage[p]!;
    people[p] = {
      key: keys[p]!,
      activeTies: activeTies[p]!,
      weightedDegree: strength[p]!,
      egoOneHop: ego.oneHop[p]!,
      egoTwoHop: ego.twoHop[p]!,
      groups: groupsOf[p]!,
      helpGiven: givenOf[p]!,
      helpReceived: receivedOf[p]!,
      community: community[p]!,
      bondingTies: bonding[p]!,
      bridgingTies: bridging[p]!,
      linkingTies: linking[p]!,
      betweenness: between[p]!,
      effectiveSize: Number.isNaN(size) ? 0 : size,
    };
  }

  phase('ties and people');
  // Households.
  const householdCount = householdKeys.length;
  const members = groupBy(householdOf, householdCount);
  const factorsOf = householdFactors({
    members,
    householdOf,
    active,
    groupsOf,
    contactOf,
    languageStarts,
    languageIds,
    languageCount: languageIndex.size,
    linking,
    recentSince: atMs - CONNECTEDNESS_THRESHOLDS.recentContactWeeks * WEEK_MS,
  });
  const households: HouseholdConnectedness[] = new Array<HouseholdConnectedness>(householdCount);
  const isolated = new Uint8Array(householdCount);
  for (let h = 0; h < householdCount; h++) {
    const factors = factorsOf[h]!;
    households[h] = { householdKey: householdKeys[h]!, factors };
    isolated[h] = factors.length >= CONNECTEDNESS_THRESHOLDS.isolatedFactorCount ? 1 : 0;
  }

  const aggregateOf = aggregator({
    activeTies,
    bridging,
    linking,
    householdOf,
    isolated,
    householdCount,
  });
  const areaOf = area.toArray();
  const byArea = groupBy(areaOf, areaCells.length);
  const areas = areaCells.map((areaCell, a) => ({
    areaCell,
    ...aggregateOf(byArea.items.subarray(byArea.start[a]!, byArea.start[a + 1]!)),
  }));
  const memberGroups = membershipGroup.toArray();
  const memberPeople = membershipPerson.toArray();
  const byGroup = groupBy(memberGroups, groupKeys.length);
  // A group's members by community: what a session's circle is made of (apps/api recommendations).
  const communitiesOf = (members: Int32Array): GroupCommunity[] => {
    const counts = new Map<number, number>();
    for (const p of members) counts.set(community[p]!, (counts.get(community[p]!) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a - b).map(([c, people]) => ({ community: c, people }));
  };
  const groups = groupKeys.map((key, g) => {
    const rows = byGroup.items.subarray(byGroup.start[g]!, byGroup.start[g + 1]!);
    const peopleOfGroup = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) peopleOfGroup[i] = memberPeople[rows[i]!]!;
    return { key, ...aggregateOf(peopleOfGroup), communities: communitiesOf(peopleOfGroup) };
  });
  const everyone = new Int32Array(peopleCount);
  for (let p = 0; p < peopleCount; p++) everyone[p] = p;
  const town = {
    ...aggregateOf(everyone),
    communities: communities.count,
    modularity: communities.modularity,
  };
  phase('households and aggregates');
  return { at: input.at, people, households, areas, groups, town, ignoredTies, duplicatePeople };
}

/** Person–person edges whose (merged, faded) weight is at least the active threshold, people only. */
function activePeopleGraph(graph: CsrGraph, peopleCount: number): CsrGraph {
  const { offsets, targets, weights, kinds } = graph;
  const newOffsets = new Int32Array(peopleCount + 1);
  let count = 0;
  for (let p = 0; p < peopleCount; p++) {
    for (let e = offsets[p]!; e < offsets[p + 1]!; e++)
      if (targets[e]! < peopleCount && weights[e]! >= ACTIVE_TIE_THRESHOLD) count++;
    newOffsets[p + 1] = count;
  }
  const newTargets = new Int32Array(count);
  const newWeights = new Float32Array(count);
  const newKinds = new Uint8Array(count);
  let write = 0;
  for (let p = 0; p < peopleCount; p++) {
    for (let e = offsets[p]!; e < offsets[p + 1]!; e++) {
      if (targets[e]! < peopleCount && weights[e]! >= ACTIVE_TIE_THRESHOLD) {
        newTargets[write] = targets[e]!;
        newWeights[write] = weights[e]!;
        newKinds[write] = kinds[e]!;
        write++;
      }
    }
  }
  return {
    nodeCount: peopleCount,
    edgeCount: count / 2,
    offsets: newOffsets,
    targets: newTargets,
    weights: newWeights,
    kinds: newKinds,
  };
}

/**
 * Runs a per-node measure on the graph with its nodes renumbered community by community, and maps
 * the result back. Rows arrive in database order (random, for UUID keys); renumbering puts people
 * who are tied to each other next to each other in memory, which is what a breadth-first search
 * from 256 sources over a big graph is bound by.
 */
async function inCommunityOrder(
  graph: CsrGraph,
  community: Int32Array,
  measure: (graph: CsrGraph) => Promise<Float64Array>,
): Promise<Float64Array> {
  const n = graph.nodeCount;
  let communities = 0;
  for (let v = 0; v < n; v++) communities = Math.max(communities, community[v]! + 1);
  const { items: order } = groupBy(community.subarray(0, n), communities);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    offsets[i + 1] = offsets[i]! + graph.offsets[v + 1]! - graph.offsets[v]!;
  }
  const targets = new Int32Array(graph.targets.length);
  const weights = new Float32Array(graph.weights.length);
  const kinds = new Uint8Array(graph.kinds.length);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let write = offsets[i]!;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++, write++) {
      targets[write] = rank[graph.targets[e]!]!;
      weights[write] = graph.weights[e]!;
      kinds[write] = graph.kinds[e]!;
    }
  }
  const renumbered = await measure({
    nodeCount: n,
    edgeCount: graph.edgeCount,
    offsets,
    targets,
    weights,
    kinds,
  });
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) out[v] = renumbered[rank[v]!]!;
  return out;
}

/** Items 0 … n-1 grouped by their bucket (counting sort); bucket -1 is left out. */
function groupBy(bucketOf: Int32Array, buckets: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < bucketOf.length; i++) if (bucketOf[i]! >= 0) start[bucketOf[i]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, buckets);
  const items = new Int32Array(start[buckets]!);
  for (let i = 0; i < bucketOf.length; i++) {
    const b = bucketOf[i]!;
    if (b >= 0) items[fill[b]!++] = i;
  }
  return { start, items };
}

function householdFactors(context: {
  members: { start: Int32Array; items: Int32Array };
  householdOf: Int32Array;
  active: CsrGraph;
  groupsOf: Int32Array;
  contactOf: Float64Array;
  languageStarts: Int32Array;
  languageIds: Int32Array;
  languageCount: number;
  linking: Int32Array;
  recentSince: number;
}): ConnectednessFactor[][] {
  const {
    members,
    householdOf,
    active,
    groupsOf,
    contactOf,
    languageStarts,
    languageIds,
    linking,
  } = context;
  const householdCount = members.start.length - 1;
  const seenPerson = new Int32Array(householdOf.length).fill(-1);
  const spoken = new Int32Array(context.languageCount).fill(-1);
  const out: ConnectednessFactor[][] = new Array<ConnectednessFactor[]>(householdCount);
  for (let h = 0; h < householdCount; h++) {
    let outsideTies = 0;
    let inGroup = false;
    let recent = false;
    let speaksAny = false;
    let languageTie = false;
    let linked = false;
    const from = members.start[h]!;
    const to = members.start[h + 1]!;
    for (let i = from; i < to; i++) {
      const p = members.items[i]!;
      if (groupsOf[p]! > 0) inGroup = true;
      if (contactOf[p]! >= context.recentSince) recent = true;
      if (linking[p]! > 0) linked = true;
      for (let l = languageStarts[p]!; l < languageStarts[p + 1]!; l++) {
        spoken[languageIds[l]!] = h;
        speaksAny = true;
      }
    }
    for (let i = from; i < to; i++) {
      const p = members.items[i]!;
      for (let e = active.offsets[p]!; e < active.offsets[p + 1]!; e++) {
        const q = active.targets[e]!;
        if (householdOf[q] === h) continue;
        if (seenPerson[q] !== h) {
          seenPerson[q] = h;
          outsideTies++;
        }
        if (!languageTie)
          for (let l = languageStarts[q]!; l < languageStarts[q + 1]!; l++)
            if (spoken[languageIds[l]!] === h) languageTie = true;
      }
    }
    const factors: ConnectednessFactor[] = [];
    if (outsideTies < CONNECTEDNESS_THRESHOLDS.minActiveTiesOutsideHousehold)
      factors.push('FEW_ACTIVE_TIES');
    if (!inGroup) factors.push('NO_GROUP');
    if (!recent) factors.push('NO_RECENT_CONTACT');
    if (speaksAny && !languageTie) factors.push('LANGUAGE_ISOLATION');
    if (!linked) factors.push('NO_LINKING_TIE');
    out[h] = factors;
  }
  return out;
}

function aggregator(context: {
  activeTies: Int32Array;
  bridging: Int32Array;
  linking: Int32Array;
  householdOf: Int32Array;
  isolated: Uint8Array;
  householdCount: number;
}): (people: Int32Array) => Aggregate {
  const { activeTies, bridging, linking, householdOf, isolated } = context;
  const seenHousehold = new Int32Array(context.householdCount).fill(-1);
  let stamp = 0;
  return (people) => {
    const n = people.length;
    stamp++;
    let withoutTie = 0;
    let withBridging = 0;
    let withLinking = 0;
    let households = 0;
    let isolatedHouseholds = 0;
    const ties = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = people[i]!;
      ties[i] = activeTies[p]!;
      if (activeTies[p] === 0) withoutTie++;
      if (bridging[p]! > 0) withBridging++;
      if (linking[p]! > 0) withLinking++;
      const h = householdOf[p]!;
      if (seenHousehold[h] !== stamp) {
        seenHousehold[h] = stamp;
        households++;
        isolatedHouseholds += isolated[h]!;
      }
    }
    return {
      people: n,
      shareWithoutActiveTie: n ? withoutTie / n : 0,
      medianActiveTies: median(ties),
      shareWithBridgingTie: n ? withBridging / n : 0,
      shareWithLinkingTie: n ? withLinking / n : 0,
      shareOfHouseholdsIsolated: households ? isolatedHouseholds / households : 0,
    };
  };
}

/** The median (the mean of the two middle values for an even count; 0 for none). Sorts in place. */
export function median(values: Int32Array): number {
  const n = values.length;
  if (n === 0) return 0;
  values.sort();
  return n % 2 === 1 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2;
}
