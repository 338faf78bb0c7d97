import { GroupKind, MembershipRole } from '@village/shared';
import { TODAY_MS, timestamp } from './clock';
import { COMMUNITIES } from './communities';
import { wardDistanceKm } from './geography';
import type { Organisation } from './groups';
import type { TownMembership } from './model';
import type { LifeStage, Resident } from './people';
import type { Random } from './random';

export interface MembershipPlan {
  memberships: TownMembership[];
  /** Resident indices of each group's members, organisers first. */
  membersOf: number[][];
  /** How many groups each resident belongs to. */
  groupCount: Int32Array;
}

/** How well each kind of group suits each life stage: baby groups for parents, civic life for older residents. */
const STAGE_FIT: Record<GroupKind, Record<LifeStage, number>> = {
  [GroupKind.PARENT_AND_BABY]: { parent: 1, expecting: 0.8, volunteer: 0.1 },
  [GroupKind.SERVICE]: { parent: 0.6, expecting: 0.7, volunteer: 0.05 },
  [GroupKind.FAITH]: { parent: 0.7, expecting: 0.5, volunteer: 0.8 },
  [GroupKind.CIVIC]: { parent: 0.15, expecting: 0.1, volunteer: 1.2 },
  [GroupKind.MUTUAL_AID]: { parent: 0.3, expecting: 0.2, volunteer: 1 },
  [GroupKind.VOLUNTEER_SCHEME]: { parent: 0.2, expecting: 0.35, volunteer: 1.5 },
};

const GROUPS_PER_PERSON = [
  [0, 8],
  [1, 40],
  [2, 30],
  [3, 15],
  [4, 7],
] as const;

const ORGANISERS_PER_GROUP = [
  [1, 4],
  [2, 4],
  [3, 2],
] as const;

/** People living further than this from a group's base rarely join it. */
const TRAVEL_KM = 1.8;

/**
 * Who belongs to which group. People join groups near home, in a language they speak, of their own
 * faith and suited to their life stage; isolated households join none. Every group ends with one to
 * three organisers, recruited from the neighbourhood if its members are too few.
 */
export function generateMemberships(
  random: Random,
  residents: readonly Resident[],
  organisations: readonly Organisation[],
): MembershipPlan {
  const membersOf: number[][] = organisations.map(() => []);
  const groupCount = new Int32Array(residents.length);
  const chooser = new GroupChooser(organisations);

  for (const resident of residents) {
    if (resident.isolated) continue;
    const wanted = random.weighted(GROUPS_PER_PERSON);
    const joined = new Set<number>();
    for (let attempt = 0; joined.size < wanted && attempt < wanted * 4; attempt++) {
      const group = chooser.choose(random, resident);
      if (group !== null) joined.add(group);
    }
    for (const group of joined) membersOf[group]?.push(resident.index);
    groupCount[resident.index] = joined.size;
  }

  const neighbours = residentsByWard(residents);
  const memberships: TownMembership[] = [];
  for (const organisation of organisations) {
    const members = membersOf[organisation.index] ?? [];
    const organisers = chooseOrganisers(random, organisation, members, residents, neighbours);
    for (const index of organisers) {
      if (!members.includes(index)) groupCount[index] = (groupCount[index] ?? 0) + 1;
    }
    const ordered = [...organisers, ...members.filter((index) => !organisers.includes(index))];
    membersOf[organisation.index] = ordered;
    for (const index of ordered) {
      const resident = residents[index];
      if (!resident) continue;
      const organiser = organisers.includes(index);
      const earliest = Math.max(resident.createdMs, organisation.createdMs);
      // Organisers were there from early on; members joined any time since.
      const joinedMs = earliest + (TODAY_MS - earliest) * random.next() * (organiser ? 0.3 : 1);
      memberships.push({
        id: random.uuid(),
        personId: resident.person.id,
        groupId: organisation.group.id,
        role: organiser ? MembershipRole.ORGANISER : MembershipRole.MEMBER,
        joinedAt: timestamp(joinedMs),
      });
    }
  }
  return { memberships, membersOf, groupCount };
}

/** Volunteers and older residents organise first; a group short of members recruits from its ward. */
function chooseOrganisers(
  random: Random,
  organisation: Organisation,
  members: readonly number[],
  residents: readonly Resident[],
  neighbours: ReadonlyMap<number, readonly number[]>,
): number[] {
  const wanted = random.weighted(ORGANISERS_PER_GROUP);
  const shuffled = random.sample(members, members.length);
  const byReadiness = [
    ...shuffled.filter((index) => residents[index]?.stage === 'volunteer'),
    ...shuffled.filter((index) => residents[index]?.stage !== 'volunteer'),
  ];
  const organisers = byReadiness.slice(0, wanted);
  const local = neighbours.get(organisation.ward.index) ?? [];
  for (let attempt = 0; organisers.length < wanted && attempt < 50 && local.length > 0; attempt++) {
    const candidate = random.pick(local);
    const resident = residents[candidate];
    if (resident && !organisers.includes(candidate) && languageFit(organisation, resident) > 0)
      organisers.push(candidate);
  }
  return organisers;
}

function residentsByWard(residents: readonly Resident[]): Map<number, number[]> {
  const byWard = new Map<number, number[]>();
  for (const resident of residents) {
    if (resident.isolated) continue;
    const list = byWard.get(resident.ward.index);
    if (list) list.push(resident.index);
    else byWard.set(resident.ward.index, [resident.index]);
  }
  return byWard;
}

/** Sharing a community language draws people in; sharing none keeps them out. */
function languageFit(organisation: Organisation, resident: Resident): number {
  const speaks = resident.person.languages;
  const shared = organisation.languages.filter((language) => speaks.includes(language));
  if (shared.length === 0) return 0;
  if (shared.some((language) => language !== 'en')) return 5;
  return organisation.languages.some((language) => language !== 'en') ? 0.15 : 1;
}

/**
 * Draws a group for a person in proportion to how well it suits them. People who share a ward,
 * community, life stage and languages weigh every group alike, so the cumulative weights are
 * computed once per such profile and reused.
 */
class GroupChooser {
  private readonly cache = new Map<string, Float64Array>();

  constructor(private readonly organisations: readonly Organisation[]) {}

  choose(random: Random, resident: Resident): number | null {
    const cumulative = this.cumulativeFor(resident);
    const total = cumulative[cumulative.length - 1] ?? 0;
    if (total <= 0) return null;
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  private cumulativeFor(resident: Resident): Float64Array {
    const key = `${resident.ward.index}|${resident.community}|${resident.stage}|${resident.person.languages.join(',')}`;
    let cumulative = this.cache.get(key);
    if (!cumulative) {
      cumulative = new Float64Array(this.organisations.length);
      const faith = COMMUNITIES[resident.community].faith;
      let total = 0;
      for (const organisation of this.organisations) {
        const nearness = Math.exp(-wardDistanceKm(resident.ward, organisation.ward) / TRAVEL_KM);
        const faithFit = organisation.faith === null || organisation.faith === faith ? 1 : 0.03;
        total +=
          nearness *
          faithFit *
          STAGE_FIT[organisation.group.kind][resident.stage] *
          languageFit(organisation, resident) *
          organisation.popularity;
        cumulative[organisation.index] = total;
      }
      this.cache.set(key, cumulative);
    }
    return cumulative;
  }
}
