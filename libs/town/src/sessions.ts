import { GroupKind, SpaceKind, TOWN_TIME_ZONE, TownLanguage } from '@village/shared';
import { DAY_MS, TODAY_MS, isoDate, isoWeekday, timestamp } from './clock';
import { COMMUNITIES, CommunityId, LANGUAGE_NAMES } from './communities';
import type { Organisation } from './groups';
import type { OpeningPeriod, TownSession } from './model';
import type { Random } from './random';
import type { Venue } from './spaces';

/** What a kind of session is like: who it is for, how long, what it costs and when it tends to run. */
interface SessionTemplate {
  title: string;
  description: string;
  /** Age range in months; negative is pregnancy. */
  ages: readonly [number, number];
  minutes: number;
  /** Price in pence with its weight; most sessions are free. */
  costs: readonly (readonly [number, number])[];
  capacities: readonly (number | null)[];
  times: readonly string[];
  weekdays: readonly number[];
  /** Chance it runs every other week rather than weekly. */
  fortnightly: number;
  /** Spaces it likes to borrow when not at the group's own (rhyme time at the library, walks in the park). */
  venueKinds?: readonly SpaceKind[];
  /** Taught in English whatever the group's languages (ESOL). */
  englishOnly?: boolean;
}

const FREE = [[0, 1]] as const;
const MOSTLY_FREE = [
  [0, 7],
  [100, 2],
  [150, 1],
] as const;
const MORNINGS = ['09:30', '10:00', '10:30'];
const DAYTIME = ['09:30', '10:00', '10:30', '13:00', '13:30'];
const WEEKDAYS = [1, 2, 3, 4, 5];

export const SESSION_TEMPLATES = {
  stayAndPlay: {
    title: 'Stay and Play',
    description:
      'Toys, songs and a snack for little ones from bump to four, and a cuppa and a chat for grown-ups. Just turn up.',
    ages: [-9, 48],
    minutes: 90,
    costs: MOSTLY_FREE,
    capacities: [null, 30, 40],
    times: DAYTIME,
    weekdays: WEEKDAYS,
    fortnightly: 0.1,
  },
  babyGroup: {
    title: 'Baby Group',
    description:
      'A calm morning for parents with babies under one: floor play, songs and time to talk about sleep, feeding and everything else.',
    ages: [0, 12],
    minutes: 90,
    costs: FREE,
    capacities: [null, 20],
    times: MORNINGS,
    weekdays: WEEKDAYS,
    fortnightly: 0.1,
  },
  babyMassage: {
    title: 'Baby Massage',
    description:
      'Learn gentle massage to soothe your baby and help with wind and sleep. Bring a towel; oil is provided.',
    ages: [0, 12],
    minutes: 60,
    costs: [
      [0, 5],
      [300, 3],
      [500, 2],
    ],
    capacities: [8, 10, 12],
    times: ['10:00', '13:30'],
    weekdays: WEEKDAYS,
    fortnightly: 0,
  },
  rhymeTime: {
    title: 'Rhyme Time',
    description:
      'Half an hour of songs, rhymes and stories for babies and toddlers. Stay afterwards to borrow books.',
    ages: [0, 48],
    minutes: 30,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '10:30', '11:00', '14:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0,
    venueKinds: [SpaceKind.LIBRARY],
  },
  storyTime: {
    title: 'Toddler Story Time',
    description:
      'Picture books read aloud, a craft to take home and a chance to join the library for free.',
    ages: [12, 48],
    minutes: 45,
    costs: FREE,
    capacities: [null],
    times: ['10:30', '14:00'],
    weekdays: [1, 2, 3, 4, 5, 6],
    fortnightly: 0.2,
    venueKinds: [SpaceKind.LIBRARY],
  },
  bumpsAndBabies: {
    title: 'Bumps and Babies',
    description:
      'Meet other parents-to-be and new parents near you. A midwife or health visitor often pops in.',
    ages: [-9, 12],
    minutes: 90,
    costs: FREE,
    capacities: [null, 20],
    times: MORNINGS,
    weekdays: WEEKDAYS,
    fortnightly: 0.3,
  },
  antenatal: {
    title: 'Antenatal Class',
    description: 'Preparing for birth and the first weeks with a new baby. Birth partners welcome.',
    ages: [-9, 0],
    minutes: 120,
    costs: FREE,
    capacities: [12, 16],
    times: ['10:00', '13:00', '18:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0.3,
  },
  toddlerGroup: {
    title: 'Toddler Group',
    description:
      'Ride-ons, play dough and singing for busy one-to-three-year-olds, with squash and fruit at half time.',
    ages: [12, 36],
    minutes: 90,
    costs: [
      [0, 5],
      [100, 3],
      [150, 2],
      [200, 1],
    ],
    capacities: [null, 25, 35],
    times: DAYTIME,
    weekdays: WEEKDAYS,
    fortnightly: 0.1,
  },
  messyPlay: {
    title: 'Messy Play',
    description: 'Paint, gloop, sand and water: the mess stays with us. Wear old clothes.',
    ages: [12, 48],
    minutes: 60,
    costs: [
      [0, 4],
      [200, 4],
      [300, 2],
    ],
    capacities: [15, 20],
    times: DAYTIME,
    weekdays: WEEKDAYS,
    fortnightly: 0.3,
  },
  sensoryPlay: {
    title: 'Baby Sensory Play',
    description: 'Lights, textures and music for babies, in a quiet room with space for prams.',
    ages: [0, 18],
    minutes: 60,
    costs: [
      [0, 5],
      [200, 3],
      [400, 2],
    ],
    capacities: [10, 15],
    times: MORNINGS,
    weekdays: WEEKDAYS,
    fortnightly: 0.2,
  },
  babyYoga: {
    title: 'Baby Yoga',
    description: 'Gentle stretches and songs for you and your baby, from six weeks to crawling.',
    ages: [0, 12],
    minutes: 45,
    costs: [
      [300, 3],
      [400, 2],
      [500, 1],
    ],
    capacities: [8, 10],
    times: ['10:00', '11:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0,
  },
  coffeeMorning: {
    title: "Parents' Coffee Morning",
    description:
      'An informal get-together for mums, dads and carers. Babies and toddlers very welcome; toys in the corner.',
    ages: [-9, 48],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: MORNINGS,
    weekdays: WEEKDAYS,
    fortnightly: 0.3,
  },
  dadsGroup: {
    title: "Dads' Saturday Club",
    description:
      'Dads, grandads and male carers with their little ones: play, bacon butties and a chat.',
    ages: [0, 48],
    minutes: 120,
    costs: FREE,
    capacities: [null],
    times: ['10:00'],
    weekdays: [6],
    fortnightly: 0.5,
  },
  buggyWalk: {
    title: 'Buggy Walk',
    description:
      'A gentle hour round the park with prams and slings, ending with a hot drink. Meet at the main gate.',
    ages: [-9, 36],
    minutes: 60,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '11:00', '13:30'],
    weekdays: WEEKDAYS,
    fortnightly: 0.2,
    venueKinds: [SpaceKind.PARK],
  },
  breastfeeding: {
    title: 'Infant Feeding Support',
    description:
      'Help with breastfeeding, bottles and mixed feeding from trained peer supporters and a specialist.',
    ages: [-9, 12],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '13:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0.2,
  },
  babyWeigh: {
    title: 'Baby Weigh and Chat',
    description:
      'Drop in to have your baby weighed and talk to a health visitor about anything on your mind.',
    ages: [0, 24],
    minutes: 120,
    costs: FREE,
    capacities: [null],
    times: ['09:30', '13:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0.4,
  },
  speechLanguage: {
    title: 'Chatter Matters Drop-in',
    description:
      "Worried about your toddler's talking? Play and chat with a speech and language therapist.",
    ages: [18, 48],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: ['09:30', '13:30'],
    weekdays: WEEKDAYS,
    fortnightly: 0.5,
  },
  familyHubDropIn: {
    title: 'Family Hub Drop-in',
    description:
      'Advice on childcare, nursery places, money and housing, with play for the children while you talk.',
    ages: [-9, 48],
    minutes: 180,
    costs: FREE,
    capacities: [null],
    times: ['09:30', '13:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0,
  },
  esol: {
    title: 'English for Parents (crèche available)',
    description:
      'Friendly English classes for parents, with a free crèche for under-fives. All levels welcome.',
    ages: [-9, 48],
    minutes: 120,
    costs: FREE,
    capacities: [12, 15],
    times: ['09:30', '12:30'],
    weekdays: WEEKDAYS,
    fortnightly: 0,
    englishOnly: true,
  },
  moneyAdvice: {
    title: 'Money and Benefits Advice',
    description:
      'Free, confidential help with Universal Credit, Child Benefit, Healthy Start and bills. Children welcome.',
    ages: [-9, 48],
    minutes: 180,
    costs: FREE,
    capacities: [null],
    times: ['09:30', '13:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0.3,
  },
  perinatalWellbeing: {
    title: "Mums' Wellbeing Group",
    description:
      'A small, confidential group for mums who are finding pregnancy or the early months hard. Babies welcome.',
    ages: [-9, 12],
    minutes: 90,
    costs: FREE,
    capacities: [10, 12],
    times: ['10:00', '13:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0.2,
  },
  sistersCircle: {
    title: "Sisters' Circle",
    description: 'Women meet for tea, talks and support. Little ones play alongside in the crèche.',
    ages: [-9, 48],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '11:00', '13:00'],
    weekdays: [1, 2, 3, 4, 6],
    fortnightly: 0.3,
  },
  toddlerPraise: {
    title: 'Toddler Praise',
    description:
      'Songs, a Bible story and a craft for under-fives, then tea and biscuits. Families of all faiths and none welcome.',
    ages: [0, 48],
    minutes: 60,
    costs: FREE,
    capacities: [null],
    times: MORNINGS,
    weekdays: WEEKDAYS,
    fortnightly: 0.2,
  },
  messyChurch: {
    title: 'Messy Church',
    description: 'Crafts, a short celebration and a shared meal for the whole family.',
    ages: [0, 48],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '16:00'],
    weekdays: [3, 6, 7],
    fortnightly: 0.6,
  },
  langarPlay: {
    title: 'Family Langar and Play',
    description:
      'Share the free community meal, then play and chat in the hall. Everyone welcome; please cover your head.',
    ages: [-9, 48],
    minutes: 120,
    costs: FREE,
    capacities: [null],
    times: ['11:00', '12:00'],
    weekdays: [7, 6],
    fortnightly: 0.3,
  },
  residentsMeeting: {
    title: "Residents' Meeting",
    description:
      'Have your say on parks, streets and what the area needs. Children welcome; there is a play corner.',
    ages: [-9, 48],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: ['18:30', '19:00'],
    weekdays: [1, 2, 3, 4],
    fortnightly: 1,
  },
  litterPick: {
    title: 'Family Litter Pick',
    description: 'Grabbers, bags and gloves provided; little helpers love it. Meet by the gates.',
    ages: [-9, 48],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: ['10:00'],
    weekdays: [6],
    fortnightly: 1,
    venueKinds: [SpaceKind.PARK],
  },
  foodBank: {
    title: 'Food Bank Drop-in',
    description:
      'Food parcels, nappies and toiletries for anyone who needs them, with a hot drink and someone to talk to.',
    ages: [-9, 48],
    minutes: 120,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '12:00', '13:00'],
    weekdays: [1, 2, 3, 4, 5, 6],
    fortnightly: 0,
  },
  babyBank: {
    title: 'Baby Bank Collection',
    description:
      'Free baby clothes, prams, cots and equipment, donated by local families and checked by volunteers.',
    ages: [-9, 36],
    minutes: 120,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '13:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0.4,
  },
  clothesSwap: {
    title: 'Baby and Kids Clothes Swap',
    description:
      'Bring what they have grown out of, take what fits. Nothing to bring? Take what you need anyway.',
    ages: [-9, 48],
    minutes: 120,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '13:00'],
    weekdays: [1, 2, 3, 4, 5, 6],
    fortnightly: 1,
  },
  pantry: {
    title: 'Community Pantry',
    description:
      'Members choose ten items of fresh and store-cupboard food for a small weekly fee.',
    ages: [-9, 48],
    minutes: 120,
    costs: [[350, 1]],
    capacities: [null],
    times: ['10:00', '13:00'],
    weekdays: [1, 2, 3, 4, 5, 6],
    fortnightly: 0,
  },
  warmSpace: {
    title: 'Warm Welcome Space',
    description:
      'A warm room, hot drinks, soup and toys, with wifi and phone charging. No need to book.',
    ages: [-9, 48],
    minutes: 180,
    costs: FREE,
    capacities: [null],
    times: ['10:00', '12:00'],
    weekdays: WEEKDAYS,
    fortnightly: 0,
  },
  befriendersDropIn: {
    title: 'Family Friends Drop-in',
    description:
      'Meet our volunteers over a cuppa and find out how a befriender could help you and your family.',
    ages: [-9, 48],
    minutes: 90,
    costs: FREE,
    capacities: [null],
    times: MORNINGS,
    weekdays: WEEKDAYS,
    fortnightly: 0.5,
  },
  peerSupport: {
    title: 'Parent Peer Support Group',
    description:
      'Parents supporting parents, facilitated by trained volunteers who have been there too.',
    ages: [-9, 36],
    minutes: 90,
    costs: FREE,
    capacities: [null, 15],
    times: ['10:00', '13:00', '18:30'],
    weekdays: WEEKDAYS,
    fortnightly: 0.4,
  },
} as const satisfies Record<string, SessionTemplate>;

export type SessionKey = keyof typeof SESSION_TEMPLATES;

const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Kinds whose buildings close between Christmas and New Year, so their sessions are cancelled then. */
const CLOSES_AT_CHRISTMAS = new Set<SpaceKind>([
  SpaceKind.CHILDRENS_CENTRE,
  SpaceKind.LIBRARY,
  SpaceKind.COMMUNITY_CENTRE,
]);
const CHRISTMAS_CLOSURE = [
  Date.parse('2026-12-21T00:00:00Z'),
  Date.parse('2027-01-01T00:00:00Z'),
] as const;
const FIRST_START_MS = Date.parse('2026-01-05T00:00:00Z');

/** Sessions per group by kind: parent-and-baby groups and services run the most. */
const SESSION_COUNTS: Record<GroupKind, readonly (readonly [number, number])[]> = {
  [GroupKind.PARENT_AND_BABY]: [
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 3],
  ],
  [GroupKind.SERVICE]: [
    [1, 2],
    [2, 3],
    [3, 3],
    [4, 2],
  ],
  [GroupKind.FAITH]: [
    [1, 3],
    [2, 5],
    [3, 2],
  ],
  [GroupKind.CIVIC]: [
    [1, 3],
    [2, 2],
  ],
  [GroupKind.MUTUAL_AID]: [
    [1, 4],
    [2, 5],
  ],
  [GroupKind.VOLUNTEER_SCHEME]: [
    [1, 4],
    [2, 5],
  ],
};

/** Sessions for every group, mostly at its own space and sometimes at another nearby. */
export function generateSessions(
  random: Random,
  organisations: readonly Organisation[],
  venues: readonly Venue[],
): TownSession[] {
  const venuesByWard = new Map<number, Venue[]>();
  for (const venue of venues) {
    const list = venuesByWard.get(venue.ward.index);
    if (list) list.push(venue);
    else venuesByWard.set(venue.ward.index, [venue]);
  }
  const sessions: TownSession[] = [];
  for (const organisation of organisations) {
    // One session of each kind it runs, at most: a money advice service does not run four advice drop-ins.
    const count = Math.min(
      random.weighted(SESSION_COUNTS[organisation.group.kind]),
      organisation.sessionKeys.length,
    );
    for (const key of organisation.sessionKeys.slice(0, count)) {
      const venue = venueFor(
        random,
        SESSION_TEMPLATES[key],
        organisation,
        venuesByWard.get(organisation.ward.index) ?? [],
      );
      sessions.push(makeSession(random, SESSION_TEMPLATES[key], organisation, venue));
    }
  }
  return sessions;
}

function venueFor(
  random: Random,
  template: SessionTemplate,
  organisation: Organisation,
  wardVenues: readonly Venue[],
): Venue {
  const preferred = wardVenues.filter((venue) => template.venueKinds?.includes(venue.space.kind));
  if (preferred.length > 0 && random.chance(0.7)) return random.pick(preferred);
  const familyFriendly = wardVenues.filter(
    (venue) => venue !== organisation.home && venue.space.kind === SpaceKind.CHILDRENS_CENTRE,
  );
  if (familyFriendly.length > 0 && random.chance(0.15)) return random.pick(familyFriendly);
  return organisation.home;
}

function makeSession(
  random: Random,
  template: SessionTemplate,
  organisation: Organisation,
  venue: Venue,
): TownSession {
  const { weekday, startTime, minutes } = slotIn(random, template, venue);
  const interval = random.chance(template.fortnightly) ? 2 : 1;
  const startMs = firstDateOn(random, weekday);
  const { languages, title } = languageOf(random, template, organisation);
  const createdMs = Math.min(
    organisation.createdMs + random.int(0, 60) * DAY_MS,
    TODAY_MS - DAY_MS,
  );
  return {
    id: random.uuid(),
    groupId: organisation.group.id,
    spaceId: venue.space.id,
    title,
    description: template.description,
    recurrence: `FREQ=WEEKLY;${interval === 2 ? 'INTERVAL=2;' : ''}BYDAY=${RRULE_DAYS[weekday - 1]}`,
    startDate: isoDate(startMs),
    startTime,
    durationMinutes: minutes,
    timeZone: TOWN_TIME_ZONE,
    cancelledDates: CLOSES_AT_CHRISTMAS.has(venue.space.kind)
      ? christmasDates(startMs, interval)
      : [],
    minAgeMonths: template.ages[0],
    maxAgeMonths: template.ages[1],
    languages,
    costPence: random.weighted(template.costs),
    capacity: random.pick(template.capacities),
    createdAt: timestamp(createdMs),
    updatedAt: timestamp(createdMs + (TODAY_MS - createdMs) * random.next()),
  };
}

/**
 * A weekday and start time when the space is open: the template's usual days and times if the space
 * allows, else its usual times on any open day, else whenever the space opens.
 */
function slotIn(
  random: Random,
  template: SessionTemplate,
  venue: Venue,
): { weekday: number; startTime: string; minutes: number } {
  const open = venue.space.openingHours;
  const slots = (periods: readonly OpeningPeriod[]) =>
    periods.flatMap((period) =>
      template.times
        .filter(
          (time) => time >= period.opens && addMinutes(time, template.minutes) <= period.closes,
        )
        .map((startTime) => ({ weekday: period.weekday, startTime, minutes: template.minutes })),
    );
  const usualSlots = slots(open.filter((period) => template.weekdays.includes(period.weekday)));
  const anySlots = usualSlots.length > 0 ? usualSlots : slots(open);
  if (anySlots.length > 0) return random.pick(anySlots);
  const period = random.pick(open);
  return {
    weekday: period.weekday,
    startTime: period.opens,
    minutes: Math.min(template.minutes, minutesBetween(period.opens, period.closes)),
  };
}

/** The first date of the series: a day on that weekday some time in 2026 before "today". */
function firstDateOn(random: Random, weekday: number): number {
  let day = FIRST_START_MS + random.int(0, 310) * DAY_MS;
  while (isoWeekday(day) !== weekday) day += DAY_MS;
  return day;
}

function christmasDates(startMs: number, interval: number): string[] {
  const dates: string[] = [];
  for (let day = CHRISTMAS_CLOSURE[0]; day <= CHRISTMAS_CLOSURE[1]; day += DAY_MS) {
    if (Math.round((day - startMs) / DAY_MS) % (7 * interval) === 0) dates.push(isoDate(day));
  }
  return dates;
}

/**
 * Sessions run in the group's languages. In wards with a large community, an English-speaking baby
 * group or service sometimes runs one session in that community's language too ("Antenatal Class in Urdu").
 */
function languageOf(
  random: Random,
  template: SessionTemplate,
  organisation: Organisation,
): { languages: TownLanguage[]; title: string } {
  if (template.englishOnly) return { languages: ['en'], title: template.title };
  const kind = organisation.group.kind;
  const mayTranslate =
    (kind === GroupKind.PARENT_AND_BABY || kind === GroupKind.SERVICE) &&
    organisation.languages.length === 1 &&
    organisation.languages[0] === 'en';
  const [largest, share] = largestMinority(organisation.ward.communities);
  const language = largest ? COMMUNITIES[largest].heritage[0]?.[0] : undefined;
  if (mayTranslate && language && share >= 0.25 && random.chance(0.15)) {
    return {
      languages: [language, 'en'],
      title: `${template.title} in ${LANGUAGE_NAMES[language]}`,
    };
  }
  return { languages: [...organisation.languages], title: template.title };
}

function largestMinority(
  communities: Readonly<Partial<Record<CommunityId, number>>>,
): [CommunityId | null, number] {
  let best: [CommunityId | null, number] = [null, 0];
  for (const [id, share] of Object.entries(communities) as [CommunityId, number][]) {
    if (COMMUNITIES[id].heritage.length > 0 && share > best[1]) best = [id, share];
  }
  return best;
}

function addMinutes(time: string, minutes: number): string {
  const total = toMinutes(time) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function minutesBetween(from: string, to: string): number {
  return toMinutes(to) - toMinutes(from);
}

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
