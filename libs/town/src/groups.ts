import { GroupKind, SpaceKind, TownLanguage } from '@village/shared';
import { DAY_MS, LAUNCH_MS, TODAY_MS, timestamp } from './clock';
import { COMMUNITIES, CommunityId, Faith, LANGUAGE_NAMES } from './communities';
import { STREETS, Ward } from './geography';
import type { TownGroup } from './model';
import type { Random } from './random';
import type { SessionKey } from './sessions';
import type { Venue } from './spaces';

/** A group plus what the generator knows about it: where it is based, whom it serves and how popular it is. */
export interface Organisation {
  index: number;
  group: TownGroup;
  home: Venue;
  ward: Ward;
  /** Set for faith groups: people of other faiths rarely join them. */
  faith: Faith | null;
  languages: TownLanguage[];
  /** Heavy-tailed appeal: a few groups are much busier than the rest. */
  popularity: number;
  createdMs: number;
  /** The kinds of session it runs, in the order it adds them. */
  sessionKeys: readonly SessionKey[];
}

interface NameParts {
  ward: string;
  venue: string;
  street: string;
}

interface GroupTemplate {
  name: (parts: NameParts) => string;
  /** The space kinds it is based at, with weights. */
  homes: Partial<Record<SpaceKind, number>>;
  sessions: readonly SessionKey[];
  about: string;
}

const PLAYGROUP_HOMES = {
  [SpaceKind.CHILDRENS_CENTRE]: 3,
  [SpaceKind.COMMUNITY_CENTRE]: 3,
  [SpaceKind.CHURCH]: 2,
  [SpaceKind.LIBRARY]: 1,
  [SpaceKind.CAFE]: 1,
};
const MEETING_HOMES = {
  [SpaceKind.COMMUNITY_CENTRE]: 3,
  [SpaceKind.LIBRARY]: 1,
  [SpaceKind.CHURCH]: 1,
};
const ADVICE_HOMES = {
  [SpaceKind.LIBRARY]: 2,
  [SpaceKind.COMMUNITY_CENTRE]: 2,
  [SpaceKind.CHILDRENS_CENTRE]: 2,
};

function playgroup(name: string, sessions: readonly SessionKey[], about: string): GroupTemplate {
  return { name: () => name, homes: PLAYGROUP_HOMES, sessions, about };
}

const TEMPLATES: Record<GroupKind, readonly GroupTemplate[]> = {
  [GroupKind.PARENT_AND_BABY]: [
    playgroup(
      'Little Stars Stay and Play',
      ['stayAndPlay', 'messyPlay', 'rhymeTime', 'babyGroup'],
      'A friendly stay-and-play for babies, toddlers and bumps.',
    ),
    playgroup(
      'Tiny Toes Baby Group',
      ['babyGroup', 'babyMassage', 'sensoryPlay', 'bumpsAndBabies'],
      'Relaxed sessions for parents and babies in their first year.',
    ),
    playgroup(
      'Busy Bees Toddler Group',
      ['toddlerGroup', 'messyPlay', 'stayAndPlay'],
      'A lively toddler group run by local parents.',
    ),
    playgroup(
      'Jelly Tots Playgroup',
      ['stayAndPlay', 'toddlerGroup', 'coffeeMorning'],
      'A parent-run playgroup that has welcomed local families for years.',
    ),
    playgroup(
      'Little Acorns Parent and Toddler Group',
      ['toddlerGroup', 'stayAndPlay', 'babyGroup'],
      'Play, songs and snacks for under-fours and their grown-ups.',
    ),
    playgroup(
      'Sunshine Stay and Play',
      ['stayAndPlay', 'coffeeMorning', 'babyGroup'],
      'A warm welcome, toys for every age and plenty of tea.',
    ),
    playgroup(
      'Rainbow Tots',
      ['toddlerGroup', 'messyPlay', 'stayAndPlay'],
      'Messy, noisy, happy mornings for toddlers.',
    ),
    playgroup(
      'Cuddle Club',
      ['babyGroup', 'babyMassage', 'babyYoga'],
      'Gentle baby sessions for new parents.',
    ),
    playgroup(
      'Ladybirds Parent and Toddler Group',
      ['toddlerGroup', 'stayAndPlay', 'rhymeTime'],
      'A volunteer-run parent and toddler group.',
    ),
    playgroup(
      'Bumps and Babies Club',
      ['bumpsAndBabies', 'babyGroup', 'coffeeMorning'],
      'For parents-to-be and parents of new babies to meet and share.',
    ),
    playgroup(
      'Dads and Tots',
      ['dadsGroup', 'stayAndPlay'],
      'Play sessions for dads, grandads and male carers with their children.',
    ),
    playgroup(
      'Wriggly Rascals',
      ['sensoryPlay', 'stayAndPlay', 'babyGroup'],
      'Sensory play and stay-and-play for little explorers.',
    ),
    playgroup(
      'Puddle Jumpers',
      ['buggyWalk', 'toddlerGroup', 'messyPlay'],
      'Outdoor-loving toddler group: walks, puddles and play.',
    ),
    playgroup(
      "Teddy Bears' Playgroup",
      ['stayAndPlay', 'toddlerGroup', 'coffeeMorning'],
      'A small, friendly playgroup where everyone knows your name.',
    ),
    playgroup(
      'Little Explorers',
      ['messyPlay', 'sensoryPlay', 'buggyWalk'],
      'Messy, sensory and outdoor play for curious little ones.',
    ),
    playgroup(
      'Baby Bloom',
      ['babyYoga', 'babyMassage', 'babyGroup'],
      'Wellbeing sessions for parents and babies.',
    ),
    playgroup(
      'Mini Movers',
      ['toddlerGroup', 'messyPlay', 'stayAndPlay'],
      'Music, movement and play for toddlers on the go.',
    ),
    playgroup(
      'Chatterbox Tots',
      ['rhymeTime', 'stayAndPlay', 'storyTime'],
      'Songs, stories and play to get little ones talking.',
    ),
    playgroup(
      'Snuggle Bugs',
      ['babyGroup', 'sensoryPlay', 'babyMassage'],
      'Quiet, cosy sessions for young babies and their parents.',
    ),
    playgroup(
      'New Parents Circle',
      ['coffeeMorning', 'babyGroup', 'bumpsAndBabies'],
      'Making friends in the first months of parenthood.',
    ),
  ],
  [GroupKind.FAITH]: [
    {
      name: (p) => `${p.venue} Sisters' Circle`,
      homes: { [SpaceKind.MOSQUE]: 1 },
      sessions: ['sistersCircle', 'coffeeMorning', 'stayAndPlay'],
      about: 'Women of the mosque and their little ones, meeting for support and friendship.',
    },
    {
      name: (p) => `${p.venue} Mother and Toddler Group`,
      homes: { [SpaceKind.MOSQUE]: 1 },
      sessions: ['toddlerGroup', 'stayAndPlay'],
      about: 'A toddler group in the mosque hall, open to all local families.',
    },
    {
      name: (p) => `${p.venue} Toddler Group`,
      homes: { [SpaceKind.CHURCH]: 1 },
      sessions: ['toddlerGroup', 'stayAndPlay'],
      about: 'The church hall toddler group: toys, songs and a warm welcome for everyone.',
    },
    {
      name: (p) => `Mothers' Union at ${p.venue}`,
      homes: { [SpaceKind.CHURCH]: 1 },
      sessions: ['coffeeMorning', 'toddlerPraise'],
      about: 'Supporting local families with friendship, prayer and practical help.',
    },
    {
      name: (p) => `${p.venue} Little Lambs`,
      homes: { [SpaceKind.CHURCH]: 1 },
      sessions: ['toddlerPraise', 'stayAndPlay'],
      about: 'Songs, stories and play for under-fives and their carers.',
    },
    {
      name: (p) => `${p.venue} Messy Church`,
      homes: { [SpaceKind.CHURCH]: 1 },
      sessions: ['messyChurch'],
      about: 'Church for families: crafts, celebration and a meal together.',
    },
    {
      name: (p) => `${p.venue} Sewa Families`,
      homes: { [SpaceKind.GURDWARA]: 1 },
      sessions: ['langarPlay', 'stayAndPlay'],
      about: 'Families serving and playing together at the gurdwara.',
    },
    {
      name: (p) => `${p.venue} Mums and Tots Sangat`,
      homes: { [SpaceKind.GURDWARA]: 1 },
      sessions: ['stayAndPlay', 'coffeeMorning'],
      about: 'Mums and little ones meeting at the gurdwara.',
    },
  ],
  [GroupKind.CIVIC]: [
    {
      name: (p) => `${p.ward} Residents' Association`,
      homes: MEETING_HOMES,
      sessions: ['residentsMeeting'],
      about: 'Residents working together on the things that matter locally.',
    },
    {
      name: (p) => `${p.ward} Tenants and Residents Association`,
      homes: MEETING_HOMES,
      sessions: ['residentsMeeting'],
      about: 'The voice of tenants and residents on the estate.',
    },
    {
      name: (p) => `Friends of ${p.venue}`,
      homes: { [SpaceKind.PARK]: 1 },
      sessions: ['litterPick', 'buggyWalk'],
      about: 'Volunteers looking after the park and its play areas.',
    },
    {
      name: (p) => `${p.ward} Community Partnership`,
      homes: { ...MEETING_HOMES, [SpaceKind.CHILDRENS_CENTRE]: 1 },
      sessions: ['residentsMeeting', 'coffeeMorning'],
      about: 'Local groups, services and residents planning together.',
    },
    {
      name: (p) => `${p.street} Streets Together`,
      homes: { [SpaceKind.COMMUNITY_CENTRE]: 2, [SpaceKind.CAFE]: 1 },
      sessions: ['coffeeMorning', 'litterPick'],
      about: 'Neighbours getting to know each other, one street at a time.',
    },
    {
      name: (p) => `${p.ward} in Bloom`,
      homes: { [SpaceKind.PARK]: 2, [SpaceKind.COMMUNITY_CENTRE]: 1 },
      sessions: ['litterPick'],
      about: 'Planting, tidying and brightening up the neighbourhood.',
    },
  ],
  [GroupKind.MUTUAL_AID]: [
    {
      name: (p) => `${p.ward} Food Bank`,
      homes: { [SpaceKind.COMMUNITY_CENTRE]: 3, [SpaceKind.CHURCH]: 2, [SpaceKind.MOSQUE]: 1 },
      sessions: ['foodBank'],
      about: 'Emergency food, toiletries and nappies, no questions asked.',
    },
    {
      name: (p) => `${p.ward} Baby Bank`,
      homes: {
        [SpaceKind.COMMUNITY_CENTRE]: 2,
        [SpaceKind.CHILDRENS_CENTRE]: 2,
        [SpaceKind.CHURCH]: 1,
      },
      sessions: ['babyBank', 'clothesSwap'],
      about: 'Pre-loved baby clothes and equipment, free to families who need them.',
    },
    {
      name: (p) => `${p.ward} Community Pantry`,
      homes: { [SpaceKind.COMMUNITY_CENTRE]: 2, [SpaceKind.CHURCH]: 1 },
      sessions: ['pantry'],
      about: 'Affordable food shopping for members, and a friendly face.',
    },
    {
      name: (p) => `${p.ward} Mutual Aid`,
      homes: { [SpaceKind.COMMUNITY_CENTRE]: 2, [SpaceKind.CAFE]: 1 },
      sessions: ['warmSpace', 'foodBank'],
      about: 'Neighbours helping neighbours with shopping, lifts and company.',
    },
    {
      name: (p) => `${p.venue} Food Project`,
      homes: { [SpaceKind.MOSQUE]: 2, [SpaceKind.GURDWARA]: 2, [SpaceKind.CHURCH]: 1 },
      sessions: ['foodBank', 'warmSpace'],
      about: 'Hot meals and food parcels for anyone in need, whatever their faith.',
    },
    {
      name: (p) => `${p.ward} Uniform and Baby Clothes Swap`,
      homes: { [SpaceKind.COMMUNITY_CENTRE]: 1, [SpaceKind.LIBRARY]: 1, [SpaceKind.CHURCH]: 1 },
      sessions: ['clothesSwap'],
      about: 'Swapping outgrown clothes, uniforms and shoes.',
    },
    {
      name: (p) => `${p.ward} Warm Welcome Space`,
      homes: { [SpaceKind.LIBRARY]: 1, [SpaceKind.CHURCH]: 1, [SpaceKind.COMMUNITY_CENTRE]: 1 },
      sessions: ['warmSpace'],
      about: 'Somewhere warm and friendly to spend the day, with food and play.',
    },
  ],
  [GroupKind.VOLUNTEER_SCHEME]: [
    {
      name: (p) => `${p.ward} Family Friends`,
      homes: { [SpaceKind.COMMUNITY_CENTRE]: 1, [SpaceKind.CHILDRENS_CENTRE]: 1 },
      sessions: ['befriendersDropIn', 'peerSupport'],
      about: 'Trained volunteers who visit families with young children for a few hours each week.',
    },
    {
      name: (p) => `Bump Buddies ${p.ward}`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 1 },
      sessions: ['bumpsAndBabies', 'peerSupport', 'antenatal'],
      about: 'Volunteer buddies for parents-to-be, from pregnancy to the first months.',
    },
    {
      name: (p) => `Breastfeeding Peer Supporters – ${p.ward}`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 2, [SpaceKind.CAFE]: 1, [SpaceKind.LIBRARY]: 1 },
      sessions: ['breastfeeding'],
      about: 'Mums trained to support other mums with feeding.',
    },
    {
      name: (p) => `Welcome Neighbours ${p.ward}`,
      homes: { [SpaceKind.COMMUNITY_CENTRE]: 1, [SpaceKind.CAFE]: 1, [SpaceKind.CHURCH]: 1 },
      sessions: ['befriendersDropIn', 'coffeeMorning'],
      about: 'Befriending families who are new to the area or to the country.',
    },
    {
      name: (p) => `${p.ward} Parent Champions`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 1, [SpaceKind.COMMUNITY_CENTRE]: 1 },
      sessions: ['peerSupport', 'coffeeMorning'],
      about: 'Parents who volunteer to help other parents find what is on locally.',
    },
    {
      name: (p) => `${p.ward} Doula Volunteers`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 1 },
      sessions: ['bumpsAndBabies', 'antenatal'],
      about: 'Volunteer doulas supporting parents through pregnancy and birth.',
    },
  ],
  [GroupKind.SERVICE]: [
    {
      name: (p) => `${p.ward} Family Hub`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 4, [SpaceKind.COMMUNITY_CENTRE]: 1 },
      sessions: ['familyHubDropIn', 'stayAndPlay', 'babyWeigh', 'babyMassage', 'antenatal'],
      about: 'Early help, health and family support for families with children under five.',
    },
    {
      name: (p) => `Health Visiting Team – ${p.ward}`,
      homes: {
        [SpaceKind.CHILDRENS_CENTRE]: 3,
        [SpaceKind.LIBRARY]: 1,
        [SpaceKind.COMMUNITY_CENTRE]: 1,
      },
      sessions: ['babyWeigh', 'breastfeeding'],
      about: 'Health visitors supporting every family from pregnancy to school.',
    },
    {
      name: (p) => `Midwife Antenatal Service – ${p.ward}`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 2 },
      sessions: ['antenatal', 'bumpsAndBabies', 'breastfeeding'],
      about: 'Community midwives running antenatal classes and drop-ins.',
    },
    {
      name: (p) => `Speech and Language Service – ${p.ward}`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 2, [SpaceKind.LIBRARY]: 1 },
      sessions: ['speechLanguage', 'rhymeTime'],
      about: 'Helping little ones with talking, listening and understanding.',
    },
    {
      name: (p) => `Family Learning and ESOL – ${p.ward}`,
      homes: ADVICE_HOMES,
      sessions: ['esol'],
      about: 'English and family learning courses for parents, with a crèche.',
    },
    {
      name: (p) => `Money and Benefits Advice – ${p.ward}`,
      homes: ADVICE_HOMES,
      sessions: ['moneyAdvice'],
      about: 'Free, independent advice on money, benefits and debt.',
    },
    {
      name: (p) => `Perinatal Wellbeing Service – ${p.ward}`,
      homes: { [SpaceKind.CHILDRENS_CENTRE]: 1 },
      sessions: ['perinatalWellbeing'],
      about: 'Emotional wellbeing support for parents in pregnancy and after birth.',
    },
    {
      name: (p) => `${p.venue} Early Years`,
      homes: { [SpaceKind.LIBRARY]: 1 },
      sessions: ['rhymeTime', 'storyTime'],
      about: 'Free library sessions that build a love of books from birth.',
    },
  ],
};

/** Parent-and-baby groups that run in a community language, named as those communities name them. */
const LANGUAGE_PLAYGROUPS: Partial<Record<TownLanguage, readonly string[]>> = {
  ur: ["Urdu Mums' Coffee Morning", 'Maa aur Bachay Group'],
  pa: ['Punjabi Mums and Tots'],
  bn: ['Bangla Mums and Babies'],
  pl: ['Maluszki Polish Parents and Toddlers', 'Klub Mam Polish Mums'],
  ro: ['Puișori Romanian Mums and Tots'],
  sk: ['Slovak and Roma Family Playgroup'],
  ar: ["Arabic-speaking Mothers' Circle"],
};
const LANGUAGE_PLAYGROUP_SESSIONS: readonly SessionKey[] = [
  'coffeeMorning',
  'stayAndPlay',
  'bumpsAndBabies',
  'babyGroup',
];

const KIND_SHARES: readonly (readonly [GroupKind, number])[] = [
  [GroupKind.PARENT_AND_BABY, 0.35],
  [GroupKind.FAITH, 0.17],
  [GroupKind.CIVIC, 0.11],
  [GroupKind.MUTUAL_AID, 0.12],
  [GroupKind.VOLUNTEER_SCHEME, 0.1],
  [GroupKind.SERVICE, 0.15],
];

/** Chance that a group whose community has its own language runs in it (faith groups nearly always do). */
const COMMUNITY_LANGUAGE_CHANCE: Record<GroupKind, number> = {
  [GroupKind.PARENT_AND_BABY]: 0.5,
  [GroupKind.FAITH]: 0.85,
  [GroupKind.CIVIC]: 0.1,
  [GroupKind.MUTUAL_AID]: 0.25,
  [GroupKind.VOLUNTEER_SCHEME]: 0.3,
  [GroupKind.SERVICE]: 0.15,
};

const FAITH_OF_SPACE: Partial<Record<SpaceKind, Faith>> = {
  [SpaceKind.MOSQUE]: 'muslim',
  [SpaceKind.CHURCH]: 'christian',
  [SpaceKind.GURDWARA]: 'sikh',
};

export function generateGroups(
  random: Random,
  count: number,
  venues: readonly Venue[],
): Organisation[] {
  const organisations: Organisation[] = [];
  const names = new Set<string>();
  const slugs = new Set<string>();
  for (const [kind, share] of KIND_SHARES) {
    for (let n = Math.max(1, Math.round(share * count)); n > 0; n--) {
      organisations.push(makeGroup(random, kind, venues, organisations.length, names, slugs));
    }
  }
  return organisations;
}

function makeGroup(
  random: Random,
  kind: GroupKind,
  venues: readonly Venue[],
  index: number,
  names: Set<string>,
  slugs: Set<string>,
): Organisation {
  // Choose the base first, then what such a group at such a base would be: a church hosts a toddler group, a park its Friends.
  const templates = TEMPLATES[kind];
  const homeWeight = (spaceKind: SpaceKind) =>
    Math.max(0, ...templates.map((t) => t.homes[spaceKind] ?? 0));
  const home = random.weighted(
    venues.map((venue) => [venue, homeWeight(venue.space.kind) * venue.ward.density] as const),
  );
  const template = random.weighted(
    templates.map((t) => [t, t.homes[home.space.kind] ?? 0] as const),
  );
  const ward = home.ward;
  const faith = kind === GroupKind.FAITH ? (FAITH_OF_SPACE[home.space.kind] ?? null) : null;
  const community = faith
    ? home.community
    : random.weighted(Object.entries(ward.communities) as [CommunityId, number][]);
  const heritage = pickHeritage(random, community);
  const ownLanguage = heritage !== null && random.chance(COMMUNITY_LANGUAGE_CHANCE[kind]);
  const languages: TownLanguage[] = ownLanguage
    ? random.chance(0.75)
      ? [heritage, 'en']
      : [heritage]
    : ['en'];

  const parts: NameParts = { ward: ward.name, venue: home.shortName, street: random.pick(STREETS) };
  const playgroupNames =
    ownLanguage && kind === GroupKind.PARENT_AND_BABY ? LANGUAGE_PLAYGROUPS[heritage] : undefined;
  const baseName = playgroupNames ? random.pick(playgroupNames) : template.name(parts);
  const name = uniqueName(baseName, parts, names);
  const id = random.uuid();
  const slug = uniqueSlug(name, id, slugs);
  const languageNote = ownLanguage
    ? ` We meet in ${languages.map((l) => LANGUAGE_NAMES[l]).join(' and ')}.`
    : '';
  const createdMs = LAUNCH_MS + random.int(0, 120) * DAY_MS + random.int(0, 86_399) * 1000;
  const group: TownGroup = {
    id,
    slug,
    name,
    kind,
    description: `${template.about} Based at ${home.space.name}, ${ward.name}.${languageNote}`,
    languages,
    website: random.chance(0.35) ? `https://www.example.org/${slug}` : null,
    createdAt: timestamp(createdMs),
    updatedAt: timestamp(createdMs + (TODAY_MS - createdMs) * random.next()),
  };
  const sessionKeys = playgroupNames ? LANGUAGE_PLAYGROUP_SESSIONS : template.sessions;
  return {
    index,
    group,
    home,
    ward,
    faith,
    languages,
    popularity: Math.exp(random.normal() * 0.6),
    createdMs,
    sessionKeys: random.sample(sessionKeys, sessionKeys.length),
  };
}

/** The community language a group would run in, or null for English-speaking communities. */
function pickHeritage(random: Random, community: CommunityId): TownLanguage | null {
  const heritage = COMMUNITIES[community].heritage;
  if (heritage.length === 0) return null;
  return random.weighted(heritage);
}

/** Repeated names are told apart the way locals would: by district, then by the street. */
function uniqueName(name: string, parts: NameParts, names: Set<string>): string {
  const candidates = [
    name,
    `${name} (${parts.ward})`,
    `${name} at ${parts.venue}`,
    `${name} (${parts.street})`,
  ];
  let unique = candidates.find((candidate) => !names.has(candidate));
  for (let n = 2; unique === undefined; n++) {
    if (!names.has(`${name} ${n}`)) unique = `${name} ${n}`;
  }
  names.add(unique);
  return unique;
}

/** Kebab-case of the name plus the start of the id, so two groups with one name still get distinct slugs. */
function uniqueSlug(name: string, id: string, slugs: Set<string>): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const hex = id.replace(/-/g, '');
  for (let length = 6; ; length++) {
    const slug = `${base}-${hex.slice(0, length)}`;
    if (!slugs.has(slug)) {
      slugs.add(slug);
      return slug;
    }
  }
}
