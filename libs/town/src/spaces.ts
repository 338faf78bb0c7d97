import { AccessibilityFeature, SpaceKind, areaCellFor } from '@village/shared';
import { DAY_MS, LAUNCH_MS, TODAY_MS, timestamp } from './clock';
import { COMMUNITIES, CommunityId, Faith } from './communities';
import { STREETS, WARDS, Ward, addressIn, pointInWard, postcodeIn } from './geography';
import type { OpeningPeriod, TownSpace } from './model';
import type { Random } from './random';

/** A space plus what the generator knows about it: its ward and the community it mostly serves. */
export interface Venue {
  index: number;
  space: TownSpace;
  ward: Ward;
  community: CommunityId;
  /** The name before any ward was added to tell it apart, for naming groups after it. */
  shortName: string;
  areaCell: string;
}

const KIND_SHARES: readonly (readonly [SpaceKind, number])[] = [
  [SpaceKind.CHILDRENS_CENTRE, 0.09],
  [SpaceKind.LIBRARY, 0.07],
  [SpaceKind.MOSQUE, 0.15],
  [SpaceKind.CHURCH, 0.2],
  [SpaceKind.GURDWARA, 0.03],
  [SpaceKind.COMMUNITY_CENTRE, 0.18],
  [SpaceKind.CAFE, 0.15],
  [SpaceKind.PARK, 0.13],
];

const FAITH_OF_KIND: Partial<Record<SpaceKind, Faith>> = {
  [SpaceKind.MOSQUE]: 'muslim',
  [SpaceKind.CHURCH]: 'christian',
  [SpaceKind.GURDWARA]: 'sikh',
};

export function generateSpaces(random: Random, count: number): Venue[] {
  const venues: Venue[] = [];
  const names = new Set<string>();
  for (const [kind, share] of KIND_SHARES) {
    for (let n = Math.max(1, Math.round(share * count)); n > 0; n--) {
      const ward = random.weighted(WARDS.map((w) => [w, wardWeight(kind, w)] as const));
      venues.push(makeVenue(random, kind, ward, venues.length, names));
    }
  }
  return venues;
}

/** Places of worship follow their congregations, cafés the busy streets, parks spread out. */
function wardWeight(kind: SpaceKind, ward: Ward): number {
  const faith = FAITH_OF_KIND[kind];
  if (faith)
    return ward.density * (faithShare(ward, faith) + (faith === 'christian' ? 0.25 : 0.005));
  if (kind === SpaceKind.CAFE) return ward.density * (Math.hypot(ward.x, ward.y) < 3.5 ? 2 : 1);
  if (kind === SpaceKind.PARK) return 1;
  return Math.sqrt(ward.density);
}

function faithShare(ward: Ward, faith: Faith): number {
  let share = 0;
  for (const [id, weight] of Object.entries(ward.communities) as [CommunityId, number][]) {
    if (COMMUNITIES[id].faith === faith) share += weight;
  }
  return share;
}

function makeVenue(
  random: Random,
  kind: SpaceKind,
  ward: Ward,
  index: number,
  names: Set<string>,
): Venue {
  const faith = FAITH_OF_KIND[kind];
  const communities = (Object.entries(ward.communities) as [CommunityId, number][]).filter(
    ([id]) => !faith || COMMUNITIES[id].faith === faith,
  );
  // A ward with none of the faith's community still gets the town's most common one for it.
  const community =
    communities.length > 0
      ? random.weighted(communities)
      : faith === 'sikh'
        ? 'sikh'
        : faith === 'muslim'
          ? 'pakistani'
          : 'british';
  const street = random.pick(STREETS);
  const shortName = nameFor(random, kind, ward, community, street);
  const name = uniqueName(shortName, ward, street, names);
  const point = pointInWard(random, ward, 0.8);
  const createdMs = LAUNCH_MS + random.int(0, 90) * DAY_MS + random.int(0, 86_399) * 1000;
  const space: TownSpace = {
    id: random.uuid(),
    name,
    kind,
    address: addressIn(random, ward, street, kind !== SpaceKind.PARK),
    postcode: postcodeIn(random, ward),
    latitude: point.latitude,
    longitude: point.longitude,
    accessibility: accessibility(random, kind),
    openingHours: openingHours(random, kind),
    createdAt: timestamp(createdMs),
    updatedAt: timestamp(createdMs + (TODAY_MS - createdMs) * random.next()),
  };
  return {
    index,
    space,
    ward,
    community,
    shortName,
    areaCell: areaCellFor(point.latitude, point.longitude),
  };
}

/** Many towns have two St Mary's; locals tell them apart by district, then by street. */
function uniqueName(name: string, ward: Ward, street: string, names: Set<string>): string {
  const candidates = [
    name,
    `${name}, ${ward.name}`,
    `${name}, ${street}`,
    `${name}, ${street}, ${ward.name}`,
  ];
  let unique = candidates.find((candidate) => !names.has(candidate));
  for (let n = 2; unique === undefined; n++) {
    if (!names.has(`${name} (${n})`)) unique = `${name} (${n})`;
  }
  names.add(unique);
  return unique;
}

const MOSQUES: Partial<Record<CommunityId, readonly string[]>> & { pakistani: readonly string[] } =
  {
    pakistani: [
      'Jamia Masjid',
      'Madni Jamia Masjid',
      'Masjid-e-Noor',
      'Jamia Masjid Hanfia',
      'Masjid Usman',
      'Markazi Jamia Masjid',
      'Masjid Quba',
      'Suffa Islamic Centre',
      'Masjid Bilal',
      'Jamia Masjid Ghausia',
      'Masjid Al-Falah',
      'Tawakkulia Jamia Masjid',
    ],
    bangladeshi: [
      'Shahjalal Jame Masjid',
      'Baitul Aman Jame Masjid',
      'Bangladesh Islamic Centre',
      'Baitul Mukarram Masjid',
    ],
    arab: [
      'Al-Hikmah Islamic Centre',
      'Masjid Al-Rahma',
      'Al-Noor Community Mosque',
      'Masjid As-Salam',
    ],
  };

const CHURCHES: Partial<Record<CommunityId, readonly string[]>> = {
  africanCaribbean: [
    'New Testament Church of God',
    'Mount Zion Pentecostal Church',
    'Church of God of Prophecy',
    'Living Waters Pentecostal Church',
  ],
  polish: [
    'Polish Catholic Church of Our Lady of Częstochowa',
    'Polish Catholic Mission of St Stanisław',
  ],
  romanian: ['Romanian Orthodox Parish of St Nicholas', 'Emanuel Romanian Pentecostal Church'],
  slovak: ['Roma Christian Fellowship', 'Slovak and Czech Catholic Chaplaincy'],
};

const SAINTS = [
  "St Mary's",
  "St John's",
  "St Luke's",
  "St Peter's",
  "St Barnabas'",
  "St Paul's",
  "St Augustine's",
  "St Chad's",
  "St Martin's",
  "St Wilfrid's",
  "St Andrew's",
  'All Saints',
  'Holy Trinity',
  'Christ Church',
  "St Stephen's",
  "St Margaret's",
];

const GURDWARAS = [
  'Guru Nanak Gurdwara',
  'Gurdwara Singh Sabha',
  'Guru Gobind Singh Gurdwara',
  'Ramgarhia Sikh Gurdwara',
  'Gurdwara Amrit Prakash',
  'Guru Tegh Bahadur Gurdwara',
];

const CHILDRENS_CENTRE_NAMES = [
  'Little Acorns',
  'Rainbow',
  'Sunshine',
  'Meadowbank',
  'Hollybank',
  'Willow Tree',
  'Brookside',
  'Bluebell',
];

const CAFES: Partial<Record<CommunityId, readonly string[]>> & { any: readonly string[] } = {
  any: [
    'The Copper Kettle',
    'Bean and Bloom',
    'The Cosy Cup',
    'Mill Yard Café',
    'The Playful Bean',
    'Sunbeam Café',
    'The Rolling Pin',
    'Crumbs',
    'The Little Teapot',
    'Steam and Stories',
    'The Pram Stop',
    'Kettle and Crumb',
    'The Old Post Office Café',
    'Hive Café',
    'Toast and Tots',
    'The Green Room Café',
    'Daisy Chain Café',
    'Bread and Roses Café',
  ],
  pakistani: ['Chai Corner', 'Desi Chai House', 'Karak Corner'],
  bangladeshi: ['Sylhet Tea Room', 'Chai Stop'],
  polish: ['Kawiarnia Pod Lipą', 'Polski Smak Café'],
  romanian: ['Casa Română Café'],
  arab: ['Damascus Rose Café', 'Al-Sham Café'],
};

const PARK_NAMES = [
  'Ashworth',
  'Holroyd',
  'Crossley',
  'Hainsworth',
  'Firth',
  'Priestley',
  'Illingworth',
  'Foster',
  'Ackroyd',
  'Ripley',
  'Holden',
  'Garnett',
];

const COMMUNITY_CENTRE_OF: Partial<Record<CommunityId, string>> = {
  pakistani: 'Kashmiri Community Centre',
  bangladeshi: 'Bangladeshi Community Association Hall',
  sikh: 'Sikh Community Centre',
  polish: 'Polish Community Centre',
  romanian: 'Romanian Community Hub',
  slovak: 'Roma Community Hub',
  arab: 'Arabic Community Centre',
  africanCaribbean: 'African Caribbean Community Centre',
};

function nameFor(
  random: Random,
  kind: SpaceKind,
  ward: Ward,
  community: CommunityId,
  street: string,
): string {
  const place = ward.name;
  switch (kind) {
    case SpaceKind.CHILDRENS_CENTRE:
      return random.pick([
        `${place} Children's Centre`,
        `${place} Family Hub`,
        `${random.pick(CHILDRENS_CENTRE_NAMES)} Children's Centre`,
        `${street} Children's Centre`,
      ]);
    case SpaceKind.LIBRARY:
      return ward.index === 0
        ? 'Central Library'
        : random.pick([`${place} Library`, `${place} Community Library`]);
    case SpaceKind.MOSQUE:
      return random.pick(MOSQUES[community] ?? MOSQUES.pakistani);
    case SpaceKind.CHURCH: {
      const own = CHURCHES[community];
      if (own && random.chance(0.8)) return random.pick(own);
      return random.weighted([
        [`${random.pick(SAINTS)} Church`, 6],
        [`${place} Methodist Church`, 2],
        [`${street} Baptist Church`, 1],
        [`St Joseph's Catholic Church`, 1],
        [`Salvation Army ${place}`, 1],
      ]);
    }
    case SpaceKind.GURDWARA:
      return random.pick(GURDWARAS);
    case SpaceKind.COMMUNITY_CENTRE: {
      const own = COMMUNITY_CENTRE_OF[community];
      if (own && random.chance(0.25)) return own;
      return random.pick([
        `${place} Community Centre`,
        `${street} Community Centre`,
        `${place} Neighbourhood Centre`,
        `${place} Youth and Community Centre`,
        `${street} Community Hub`,
      ]);
    }
    case SpaceKind.CAFE: {
      const own = CAFES[community];
      return own && random.chance(0.5)
        ? random.pick(own)
        : random.chance(0.8)
          ? random.pick(CAFES.any)
          : `${place} Community Café`;
    }
    case SpaceKind.PARK:
      return random.pick([
        `${place} Park`,
        `${random.pick(PARK_NAMES)} Park`,
        `${place} Recreation Ground`,
        `${random.pick(PARK_NAMES)} Gardens`,
        `${place} Beck Nature Park`,
      ]);
  }
}

// Chance of each feature by kind, in enum order: STEP_FREE, BABY_CHANGE, PRAM_SPACE, QUIET_SPACE, HEARING_LOOP, ACCESSIBLE_TOILET.
const ACCESSIBILITY_CHANCES: Record<SpaceKind, readonly number[]> = {
  [SpaceKind.CHILDRENS_CENTRE]: [0.95, 0.98, 0.95, 0.6, 0.4, 0.9],
  [SpaceKind.LIBRARY]: [0.9, 0.7, 0.7, 0.7, 0.7, 0.8],
  [SpaceKind.MOSQUE]: [0.5, 0.35, 0.3, 0.4, 0.1, 0.3],
  [SpaceKind.CHURCH]: [0.55, 0.45, 0.5, 0.5, 0.6, 0.45],
  [SpaceKind.GURDWARA]: [0.7, 0.5, 0.5, 0.3, 0.2, 0.6],
  [SpaceKind.COMMUNITY_CENTRE]: [0.8, 0.7, 0.7, 0.3, 0.35, 0.75],
  [SpaceKind.CAFE]: [0.6, 0.6, 0.5, 0.1, 0.05, 0.35],
  [SpaceKind.PARK]: [0.85, 0.25, 0.9, 0.3, 0, 0.3],
};

function accessibility(random: Random, kind: SpaceKind): AccessibilityFeature[] {
  return Object.values(AccessibilityFeature).filter((_, i) =>
    random.chance(ACCESSIBILITY_CHANCES[kind][i] ?? 0),
  );
}

function days(weekdays: readonly number[], opens: string, closes: string): OpeningPeriod[] {
  return weekdays.map((weekday) => ({ weekday, opens, closes }));
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

function openingHours(random: Random, kind: SpaceKind): OpeningPeriod[] {
  switch (kind) {
    case SpaceKind.CHILDRENS_CENTRE:
      return days(WEEKDAYS, random.pick(['08:30', '09:00']), random.pick(['16:30', '17:00']));
    case SpaceKind.LIBRARY: {
      // Branch libraries close one weekday; most open Saturdays and have one late evening.
      const closedDay = random.chance(0.3) ? random.int(1, 5) : 0;
      const lateDay = random.int(1, 5);
      const week = WEEKDAYS.filter((d) => d !== closedDay).map((weekday) => ({
        weekday,
        opens: '09:30',
        closes: weekday === lateDay ? '19:00' : '17:00',
      }));
      return random.chance(0.8) ? [...week, { weekday: 6, opens: '10:00', closes: '16:00' }] : week;
    }
    case SpaceKind.MOSQUE:
      return days(
        EVERY_DAY,
        random.pick(['05:00', '05:30', '06:00']),
        random.pick(['21:30', '22:00', '22:30']),
      );
    case SpaceKind.GURDWARA:
      return days(EVERY_DAY, random.pick(['05:00', '06:00']), random.pick(['20:00', '21:00']));
    case SpaceKind.CHURCH: {
      // Sunday services plus the church hall on a few weekdays, which is where toddler groups meet.
      const hallDays = random.sample(WEEKDAYS, random.int(2, 4)).sort();
      return [
        ...days(hallDays, '09:00', random.pick(['14:00', '16:00', '21:00'])),
        { weekday: 7, opens: '08:30', closes: '13:00' },
      ];
    }
    case SpaceKind.COMMUNITY_CENTRE: {
      const week = days(WEEKDAYS, '09:00', random.pick(['17:00', '21:00', '21:30']));
      return random.chance(0.5) ? [...week, { weekday: 6, opens: '10:00', closes: '14:00' }] : week;
    }
    case SpaceKind.CAFE: {
      const week = days(
        [1, 2, 3, 4, 5, 6],
        random.pick(['08:00', '08:30', '09:00']),
        random.pick(['16:00', '17:00']),
      );
      return random.chance(0.5) ? [...week, { weekday: 7, opens: '10:00', closes: '15:00' }] : week;
    }
    case SpaceKind.PARK:
      return days(EVERY_DAY, '07:30', '20:00');
  }
}
