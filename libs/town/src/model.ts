import type {
  AccessibilityFeature,
  GroupKind,
  HelpCategory,
  HelpPostKind,
  HelpPostStatus,
  MembershipRole,
  SpaceKind,
  TieKind,
  TieProvenance,
} from '@village/shared';

/**
 * A generated town, one array per table and one field per column (camelCase of the SQL names).
 * Dates are `YYYY-MM-DD`, timestamps ISO 8601 in UTC, so the rows serialise without a clock.
 */
/** Members on the platform: S 2,000, M 20,000, L 100,000, XL 1,000,000 (benchmarks only). */
export type TownSize = 'S' | 'M' | 'L' | 'XL';

export function isTownSize(size: string): size is TownSize {
  return size === 'S' || size === 'M' || size === 'L' || size === 'XL';
}

export interface TownHousehold {
  id: string;
  areaCell: string;
  /** First day of each child's birth month, oldest first. */
  childBirthMonths: string[];
  dueMonth: string | null;
  createdAt: string;
}

export interface TownPerson {
  id: string;
  householdId: string;
  displayName: string;
  /** The household's area cell: a home is never kept more precisely. */
  areaCell: string;
  languages: string[];
  canOffer: HelpCategory[];
  wouldLike: HelpCategory[];
  createdAt: string;
  updatedAt: string;
}

export interface TownGroup {
  id: string;
  slug: string;
  name: string;
  kind: GroupKind;
  description: string;
  languages: string[];
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OpeningPeriod {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

export interface TownSpace {
  id: string;
  name: string;
  kind: SpaceKind;
  address: string;
  postcode: string;
  latitude: number;
  longitude: number;
  accessibility: AccessibilityFeature[];
  openingHours: OpeningPeriod[];
  createdAt: string;
  updatedAt: string;
}

export interface TownSession {
  id: string;
  groupId: string;
  spaceId: string;
  title: string;
  description: string;
  recurrence: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  cancelledDates: string[];
  minAgeMonths: number;
  maxAgeMonths: number;
  languages: string[];
  costPence: number;
  capacity: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface TownMembership {
  id: string;
  personId: string;
  groupId: string;
  role: MembershipRole;
  joinedAt: string;
}

export interface TownHelpPost {
  id: string;
  kind: HelpPostKind;
  category: HelpCategory;
  title: string;
  description: string;
  authorPersonId: string | null;
  authorGroupId: string | null;
  areaCell: string;
  availability: string;
  quantity: number | null;
  status: HelpPostStatus;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A tie row without its id (the database assigns it); `created_at` is written as `firstSeenAt`. */
export interface TownTie {
  kind: TieKind;
  provenance: TieProvenance;
  strength: number;
  fromPersonId: string | null;
  fromGroupId: string | null;
  toPersonId: string | null;
  toGroupId: string | null;
  toSpaceId: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** A postcode and where it is, as the ONS Postcode Directory gives one (`pcds`, lat, long). */
export interface TownPostcode {
  postcode: string;
  latitude: number;
  longitude: number;
  areaCell: string;
}

export interface Town {
  size: TownSize;
  seed: number;
  households: TownHousehold[];
  people: TownPerson[];
  groups: TownGroup[];
  spaces: TownSpace[];
  sessions: TownSession[];
  memberships: TownMembership[];
  helpPosts: TownHelpPost[];
  ties: TownTie[];
  postcodes: TownPostcode[];
}

/** The tables a town fills, in foreign-key order. */
export const TOWN_TABLES = [
  'postcode',
  'household',
  'person',
  'village_group',
  'space',
  'session',
  'membership',
  'help_post',
  'tie',
] as const;
export type TownTable = (typeof TOWN_TABLES)[number];

/** Rows per table. */
export type TownStats = Record<TownTable, number>;

export function townStats(town: Town): TownStats {
  return {
    household: town.households.length,
    person: town.people.length,
    village_group: town.groups.length,
    space: town.spaces.length,
    session: town.sessions.length,
    membership: town.memberships.length,
    help_post: town.helpPosts.length,
    tie: town.ties.length,
    postcode: town.postcodes.length,
  };
}
