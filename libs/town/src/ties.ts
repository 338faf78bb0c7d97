import { MembershipRole, TieProvenance } from '@village/shared';
import type { CommunityId } from './communities';
import { wardDistanceKm } from './geography';
import type { Organisation } from './groups';
import type { MembershipPlan } from './memberships';
import type { TownSession } from './model';
import type { Resident } from './people';
import type { Random } from './random';
import type { Venue } from './spaces';
import type { Neighbourhood, TieBook } from './tie-book';

export interface TieInputs {
  residents: readonly Resident[];
  householdMembers: readonly (readonly number[])[];
  organisations: readonly Organisation[];
  venues: readonly Venue[];
  sessions: readonly TownSession[];
  plan: MembershipPlan;
  neighbourhood: Neighbourhood;
}

// How many ties of each kind a connected person starts, with weights; real networks are lumpy.
const NEIGHBOUR_COUNTS = [
  [0, 5],
  [1, 12],
  [2, 20],
  [3, 22],
  [4, 18],
  [5, 13],
  [6, 10],
] as const;
const LANGUAGE_COUNTS = [
  [1, 2],
  [2, 3],
  [3, 4],
  [4, 3],
  [5, 1],
] as const;
const CO_ATTENDANCE_COUNTS = [
  [1, 2],
  [2, 3],
  [3, 4],
  [4, 4],
  [5, 2],
  [6, 2],
] as const;

/** Neighbours of a different community become friends less often than those of the same one. */
const CROSS_COMMUNITY_ACCEPTANCE = 0.45;

/**
 * Derives the social graph the way it forms in a real town: people who share a home, a street,
 * a language or a group are far more likely to know each other than any two people picked at random.
 */
export function generateTies(random: Random, inputs: TieInputs, book: TieBook): void {
  householdTies(inputs, book);
  neighbourTies(random, inputs, book);
  languageTies(random, inputs, book);
  coAttendanceTies(random, inputs, book);
  membershipTies(inputs, book);
  meetingPlaceTies(inputs, book);
  partnershipTies(random, inputs, book);
  introductionTies(random, inputs, book);
}

function householdTies({ residents, householdMembers }: TieInputs, book: TieBook): void {
  for (const [a, b] of householdMembers) {
    const first = a === undefined ? undefined : residents[a];
    const second = b === undefined ? undefined : residents[b];
    if (first && second) book.linkPeople(first, second, TieProvenance.HOUSEHOLD, 1);
  }
}

/**
 * People on the same or the next streets. Connected people without a group still know at least two
 * neighbours; half of isolated lone parents know one (and that is their only tie).
 */
function neighbourTies(
  random: Random,
  { residents, plan, neighbourhood, householdMembers }: TieInputs,
  book: TieBook,
): void {
  for (const resident of residents) {
    if (resident.isolated) {
      const alone = householdMembers[resident.householdIndex]?.length === 1;
      const neighbour =
        alone && random.chance(0.5) ? neighbourhood.near(random, resident.person.areaCell) : null;
      if (neighbour) book.linkPeople(resident, neighbour, TieProvenance.NEIGHBOURS, 0.25);
      continue;
    }
    let wanted: number = random.weighted(NEIGHBOUR_COUNTS);
    if ((plan.groupCount[resident.index] ?? 0) === 0) wanted = Math.max(wanted, 2);
    for (let attempt = 0; wanted > 0 && attempt < 12; attempt++) {
      const neighbour = neighbourhood.near(random, resident.person.areaCell);
      if (!neighbour || neighbour.householdIndex === resident.householdIndex) continue;
      if (neighbour.community !== resident.community && !random.chance(CROSS_COMMUNITY_ACCEPTANCE))
        continue;
      if (book.linkPeople(resident, neighbour, TieProvenance.NEIGHBOURS, random.between(0.3, 0.6)))
        wanted--;
    }
  }
}

/** Speakers of a community language find each other, mostly within their ward and sometimes across town. */
function languageTies(random: Random, { residents }: TieInputs, book: TieBook): void {
  const speakers = new Map<CommunityId, { all: number[]; byWard: Map<number, number[]> }>();
  for (const resident of residents) {
    if (resident.isolated || resident.heritage.length === 0) continue;
    let community = speakers.get(resident.community);
    if (!community) {
      community = { all: [], byWard: new Map() };
      speakers.set(resident.community, community);
    }
    community.all.push(resident.index);
    const ward = community.byWard.get(resident.ward.index);
    if (ward) ward.push(resident.index);
    else community.byWard.set(resident.ward.index, [resident.index]);
  }

  for (const resident of residents) {
    const community = speakers.get(resident.community);
    if (resident.isolated || !community) continue;
    const local = community.byWard.get(resident.ward.index) ?? community.all;
    let wanted: number = random.weighted(LANGUAGE_COUNTS);
    for (let attempt = 0; wanted > 0 && attempt < 10; attempt++) {
      const other = residents[random.pick(random.chance(0.7) ? local : community.all)];
      if (!other || other.householdIndex === resident.householdIndex) continue;
      if (!other.heritage.some((language) => resident.heritage.includes(language))) continue;
      if (book.linkPeople(resident, other, TieProvenance.SHARED_LANGUAGE, random.between(0.3, 0.7)))
        wanted--;
    }
  }
}

/** Members of a group get to know a few of the others they see at its sessions. */
function coAttendanceTies(random: Random, { residents, plan }: TieInputs, book: TieBook): void {
  for (const members of plan.membersOf) {
    if (members.length < 2) continue;
    for (const index of members) {
      const resident = residents[index];
      if (!resident) continue;
      let wanted = Math.min(members.length - 1, random.weighted(CO_ATTENDANCE_COUNTS));
      for (let attempt = 0; wanted > 0 && attempt < wanted * 3; attempt++) {
        const other = residents[random.pick(members)];
        if (
          other &&
          book.linkPeople(resident, other, TieProvenance.CO_ATTENDANCE, random.between(0.4, 0.9))
        )
          wanted--;
      }
    }
  }
}

/** One person–group tie per membership; organisers' ties are the strongest. */
function membershipTies({ residents, organisations, plan }: TieInputs, book: TieBook): void {
  const residentById = new Map(residents.map((resident) => [resident.person.id, resident]));
  const organisationById = new Map(
    organisations.map((organisation) => [organisation.group.id, organisation]),
  );
  for (const membership of plan.memberships) {
    const resident = residentById.get(membership.personId);
    const organisation = organisationById.get(membership.groupId);
    if (!resident || !organisation) continue;
    const evidence = membership.role === MembershipRole.ORGANISER ? 1 : 0.75;
    book.linkPersonToGroup(
      resident,
      organisation,
      TieProvenance.MEMBERSHIP,
      evidence,
      Date.parse(membership.joinedAt),
    );
  }
}

/** Where each group meets: its own base most strongly, borrowed spaces less so. */
function meetingPlaceTies({ organisations, venues, sessions }: TieInputs, book: TieBook): void {
  const organisationById = new Map(
    organisations.map((organisation) => [organisation.group.id, organisation]),
  );
  const venueById = new Map(venues.map((venue) => [venue.space.id, venue]));
  for (const session of sessions) {
    const organisation = organisationById.get(session.groupId);
    const venue = venueById.get(session.spaceId);
    if (organisation && venue)
      book.linkGroupToSpace(
        organisation,
        venue,
        TieProvenance.MEETS_AT,
        venue === organisation.home ? 1 : 0.7,
      );
  }
}

/** A few groups work with a different kind of group nearby: the food bank with the mosque, the family hub with a playgroup. */
function partnershipTies(random: Random, { organisations }: TieInputs, book: TieBook): void {
  const wanted = Math.round(organisations.length * 0.2);
  for (let made = 0, attempt = 0; made < wanted && attempt < wanted * 5; attempt++) {
    const organisation = random.pick(organisations);
    const partners = organisations.filter(
      (other) =>
        other.group.kind !== organisation.group.kind &&
        wardDistanceKm(other.ward, organisation.ward) <= 3,
    );
    if (
      partners.length > 0 &&
      book.linkGroups(
        organisation,
        random.pick(partners),
        TieProvenance.PARTNERSHIP,
        random.between(0.5, 0.9),
      )
    )
      made++;
  }
}

/** Volunteers and older residents introduce a few parents to each other's circles (warm introductions). */
function introductionTies(random: Random, { residents }: TieInputs, book: TieBook): void {
  const volunteersByWard = new Map<number, Resident[]>();
  const parents: Resident[] = [];
  for (const resident of residents) {
    if (resident.isolated) continue;
    if (resident.stage !== 'volunteer') parents.push(resident);
    else {
      const local = volunteersByWard.get(resident.ward.index);
      if (local) local.push(resident);
      else volunteersByWard.set(resident.ward.index, [resident]);
    }
  }
  const wanted = Math.round(parents.length * 0.02);
  for (let n = 0; n < wanted && parents.length > 0; n++) {
    const parent = random.pick(parents);
    const volunteers = volunteersByWard.get(parent.ward.index);
    if (volunteers)
      book.linkPeople(
        random.pick(volunteers),
        parent,
        TieProvenance.INTRODUCED,
        random.between(0.4, 0.8),
      );
  }
}
