import { HelpCategory, TownLanguage } from '@village/shared';
import { DAY_MS, LAUNCH_MS, TODAY_MS, monthFromToday, timestamp } from './clock';
import { COMMUNITIES, Community, CommunityId, OLDER_BRITISH_NAMES } from './communities';
import { WARDS, Ward, homeCell } from './geography';
import type { TownHousehold, TownPerson } from './model';
import type { Random } from './random';

/**
 * Households and the people in them who use the platform: mostly parents of under-4s and expectant
 * parents, plus some older residents and volunteers. Generator-side facts that have no column
 * (community, life stage, whether the household is isolated) travel alongside in `Resident`.
 */
export type LifeStage = 'parent' | 'expecting' | 'volunteer';

export interface Resident {
  index: number;
  person: TownPerson;
  householdIndex: number;
  ward: Ward;
  community: CommunityId;
  stage: LifeStage;
  /** Isolated households get no groups and at most one tie between them. */
  isolated: boolean;
  createdMs: number;
  /** Heritage languages spoken besides English (sorted), used to match language communities. */
  heritage: readonly TownLanguage[];
}

export interface Population {
  households: TownHousehold[];
  people: TownPerson[];
  residents: Resident[];
  /** Member indices of each household. */
  householdMembers: number[][];
}

const STAGES: readonly (readonly [LifeStage, number])[] = [
  ['parent', 0.66],
  ['expecting', 0.14],
  ['volunteer', 0.2],
];

/** Chance that both adults of a household use the platform (otherwise one does). */
const COUPLE_SHARE: Record<LifeStage, number> = { parent: 0.4, expecting: 0.45, volunteer: 0.15 };

const WARD_WEIGHTS = WARDS.map((ward) => [ward, ward.density] as const);

export function generatePopulation(random: Random, targetPeople: number): Population {
  const population: Population = {
    households: [],
    people: [],
    residents: [],
    householdMembers: [],
  };
  while (population.people.length < targetPeople) addHousehold(random, population);
  return population;
}

function addHousehold(random: Random, population: Population): void {
  const ward = random.weighted(WARD_WEIGHTS);
  const community =
    COMMUNITIES[random.weighted(Object.entries(ward.communities) as [CommunityId, number][])];
  const stage = random.weighted(STAGES);
  const areaCell = homeCell(random, ward);
  const { childBirthMonths, dueMonth } = children(random, community, stage);
  const couple = random.chance(COUPLE_SHARE[stage]);
  const isolated = random.chance(isolationChance(community, stage, couple));

  // Expecting families mostly joined during this pregnancy; others any time since launch, growing.
  const createdMs =
    stage === 'expecting'
      ? TODAY_MS - random.between(1, 240) * DAY_MS
      : LAUNCH_MS + (TODAY_MS - LAUNCH_MS - DAY_MS) * random.next() ** 0.6;
  const householdIndex = population.households.length;
  const household: TownHousehold = {
    id: random.uuid(),
    areaCell,
    childBirthMonths,
    dueMonth,
    createdAt: timestamp(createdMs),
  };
  population.households.push(household);

  const initial = pickLetter(random, community.initials);
  const members: number[] = [];
  const sexes = couple
    ? random.chance(0.97)
      ? ['female', 'male']
      : ['female', 'female']
    : [random.chance(stage === 'volunteer' ? 0.7 : 0.85) ? 'female' : 'male'];
  for (const sex of sexes) {
    const joinedMs = Math.min(
      createdMs + random.int(0, 30) * DAY_MS + random.int(0, 86_399) * 1000,
      TODAY_MS - 3_600_000,
    );
    const languages = languagesFor(random, community);
    const heritage = languages.filter((language) => language !== 'en').sort();
    // Couples usually share a family name; otherwise the initial is drawn afresh.
    const ownInitial =
      members.length === 0 || random.chance(0.8) ? initial : pickLetter(random, community.initials);
    const person: TownPerson = {
      id: random.uuid(),
      householdId: household.id,
      displayName: `${firstName(random, community, stage, sex === 'female')} ${ownInitial}.`,
      areaCell,
      languages,
      canOffer: helpCategories(random, 'offer', stage, languages),
      wouldLike: helpCategories(random, 'wish', stage, languages),
      createdAt: timestamp(joinedMs),
      updatedAt: timestamp(joinedMs + (TODAY_MS - joinedMs) * random.next()),
    };
    const index = population.people.length;
    members.push(index);
    population.people.push(person);
    population.residents.push({
      index,
      person,
      householdIndex,
      ward,
      community: community.id,
      stage,
      isolated,
      createdMs: joinedMs,
      heritage,
    });
  }
  population.householdMembers.push(members);
}

/** Around one household in six is isolated; more among recent arrivals and lone parents. */
function isolationChance(community: Community, stage: LifeStage, couple: boolean): number {
  if (stage === 'volunteer') return community.recentArrivals ? 0.12 : 0.06;
  const base = stage === 'expecting' ? 0.18 : 0.15;
  return base + (community.recentArrivals ? 0.09 : 0) + (couple ? 0 : 0.06);
}

function children(
  random: Random,
  community: Community,
  stage: LifeStage,
): { childBirthMonths: string[]; dueMonth: string | null } {
  const agesInMonths: number[] = [];
  let dueMonth: string | null = null;
  if (stage === 'parent') {
    const youngest = random.int(0, 36);
    agesInMonths.push(youngest);
    const kind = random.next();
    if (kind < 0.04)
      agesInMonths.push(youngest); // twins
    else if (kind < 0.3 && youngest <= 33)
      agesInMonths.push(Math.min(47, youngest + random.int(14, 30)));
    if (youngest >= 9 && random.chance(0.07)) dueMonth = monthFromToday(random.int(1, 8));
  } else if (stage === 'expecting') {
    dueMonth = monthFromToday(random.int(1, 8));
  }
  if (stage !== 'volunteer' ? random.chance(community.olderSiblings) : random.chance(0.2)) {
    const first = stage === 'volunteer' ? 60 : 48;
    for (let n = random.int(1, 3); n > 0; n--) agesInMonths.push(random.int(first, first + 140));
  }
  // Oldest first; twins share a birth month.
  const childBirthMonths = agesInMonths.sort((a, b) => b - a).map((age) => monthFromToday(-age));
  return { childBirthMonths, dueMonth };
}

function languagesFor(random: Random, community: Community): TownLanguage[] {
  const heritage = community.heritage
    .filter(([, chance]) => random.chance(chance))
    .map(([language]) => language);
  const first = community.heritage[0];
  if (heritage.length === 0 && first) heritage.push(first[0]);
  return random.chance(community.english) ? [...heritage, 'en'] : heritage;
}

function firstName(
  random: Random,
  community: Community,
  stage: LifeStage,
  female: boolean,
): string {
  if (stage === 'volunteer' && community.id === 'british' && random.chance(0.7)) {
    return random.pick(female ? OLDER_BRITISH_NAMES.female : OLDER_BRITISH_NAMES.male);
  }
  return random.pick(female ? community.femaleNames : community.maleNames);
}

type CategoryWeights = readonly (readonly [HelpCategory, number])[];

const OFFERS: Record<LifeStage, CategoryWeights> = {
  parent: [
    [HelpCategory.BABY_ITEMS, 5],
    [HelpCategory.CHILDCARE_SWAP, 3],
    [HelpCategory.COMPANY, 3],
    [HelpCategory.COOKING, 2],
    [HelpCategory.EQUIPMENT_LOAN, 2],
    [HelpCategory.LIFTS, 1],
  ],
  expecting: [
    [HelpCategory.COMPANY, 3],
    [HelpCategory.COOKING, 2],
    [HelpCategory.LIFTS, 1],
    [HelpCategory.DIY, 1],
  ],
  volunteer: [
    [HelpCategory.COMPANY, 4],
    [HelpCategory.LIFTS, 3],
    [HelpCategory.DIY, 3],
    [HelpCategory.FORMS_AND_ADVICE, 3],
    [HelpCategory.COOKING, 2],
    [HelpCategory.EQUIPMENT_LOAN, 2],
    [HelpCategory.FOOD, 1],
  ],
};

const WISHES: Record<LifeStage, CategoryWeights> = {
  parent: [
    [HelpCategory.COMPANY, 4],
    [HelpCategory.CHILDCARE_SWAP, 3],
    [HelpCategory.BABY_ITEMS, 3],
    [HelpCategory.FORMS_AND_ADVICE, 2],
    [HelpCategory.EQUIPMENT_LOAN, 2],
    [HelpCategory.FOOD, 1],
    [HelpCategory.DIY, 1],
  ],
  expecting: [
    [HelpCategory.BABY_ITEMS, 5],
    [HelpCategory.EQUIPMENT_LOAN, 3],
    [HelpCategory.COMPANY, 3],
    [HelpCategory.FORMS_AND_ADVICE, 2],
    [HelpCategory.LIFTS, 2],
    [HelpCategory.DIY, 1],
  ],
  volunteer: [
    [HelpCategory.COMPANY, 3],
    [HelpCategory.LIFTS, 1],
    [HelpCategory.OTHER, 1],
  ],
};

const CATEGORY_ORDER = Object.values(HelpCategory);

const CATEGORY_COUNTS = [
  [0, 2],
  [1, 4],
  [2, 3],
  [3, 1],
] as const;

/** Zero to three categories; bilingual people often offer language help, and those without English ask for it. */
function helpCategories(
  random: Random,
  direction: 'offer' | 'wish',
  stage: LifeStage,
  languages: readonly string[],
): HelpCategory[] {
  const choices: [HelpCategory, number][] = (direction === 'offer' ? OFFERS : WISHES)[stage].map(
    ([category, weight]) => [category, weight],
  );
  const speaksEnglish = languages.includes('en');
  if (direction === 'offer' && speaksEnglish && languages.length > 1)
    choices.push([HelpCategory.LANGUAGE_HELP, 4]);
  if (direction === 'wish' && !speaksEnglish)
    choices.push([HelpCategory.LANGUAGE_HELP, 6], [HelpCategory.FORMS_AND_ADVICE, 3]);
  const chosen = new Set<HelpCategory>();
  for (let count = random.weighted(CATEGORY_COUNTS); count > 0; count--)
    chosen.add(random.weighted(choices));
  return CATEGORY_ORDER.filter((category) => chosen.has(category));
}

function pickLetter(random: Random, letters: string): string {
  return letters.charAt(random.int(0, letters.length - 1));
}
