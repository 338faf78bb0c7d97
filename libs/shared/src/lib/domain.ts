// Vocabulary shared by the API, the web client and the town generator.
// Values are stored in PostgreSQL enums and exposed as GraphQL enums, so renaming one needs a migration.

export enum GroupKind {
  PARENT_AND_BABY = 'PARENT_AND_BABY',
  FAITH = 'FAITH',
  CIVIC = 'CIVIC',
  MUTUAL_AID = 'MUTUAL_AID',
  VOLUNTEER_SCHEME = 'VOLUNTEER_SCHEME',
  SERVICE = 'SERVICE',
}

export enum SpaceKind {
  CHILDRENS_CENTRE = 'CHILDRENS_CENTRE',
  LIBRARY = 'LIBRARY',
  MOSQUE = 'MOSQUE',
  CHURCH = 'CHURCH',
  GURDWARA = 'GURDWARA',
  COMMUNITY_CENTRE = 'COMMUNITY_CENTRE',
  CAFE = 'CAFE',
  PARK = 'PARK',
}

export enum AccessibilityFeature {
  STEP_FREE = 'STEP_FREE',
  BABY_CHANGE = 'BABY_CHANGE',
  PRAM_SPACE = 'PRAM_SPACE',
  QUIET_SPACE = 'QUIET_SPACE',
  HEARING_LOOP = 'HEARING_LOOP',
  ACCESSIBLE_TOILET = 'ACCESSIBLE_TOILET',
}

export enum HelpPostKind {
  OFFER = 'OFFER',
  REQUEST = 'REQUEST',
}

export enum HelpCategory {
  FOOD = 'FOOD',
  BABY_ITEMS = 'BABY_ITEMS',
  EQUIPMENT_LOAN = 'EQUIPMENT_LOAN',
  LIFTS = 'LIFTS',
  CHILDCARE_SWAP = 'CHILDCARE_SWAP',
  COMPANY = 'COMPANY',
  LANGUAGE_HELP = 'LANGUAGE_HELP',
  FORMS_AND_ADVICE = 'FORMS_AND_ADVICE',
  COOKING = 'COOKING',
  DIY = 'DIY',
  OTHER = 'OTHER',
}

export enum HelpPostStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  FULFILLED = 'FULFILLED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

/** Where an exchange between a post and one person who responded to it has got to. */
export enum ExchangeStatus {
  /** They are talking it over. */
  OPEN = 'OPEN',
  /** Both sides agreed to go ahead. */
  AGREED = 'AGREED',
  /** It happened: either side said so. */
  FULFILLED = 'FULFILLED',
  /** Either side called it off, or the post was withdrawn or expired first. */
  CANCELLED = 'CANCELLED',
}

/** Why a help post was suggested as a match for another. */
export enum HelpMatchReasonKind {
  SAME_CATEGORY = 'SAME_CATEGORY',
  RELATED_CATEGORY = 'RELATED_CATEGORY',
  NEARBY = 'NEARBY',
  AVAILABILITY_OVERLAP = 'AVAILABILITY_OVERLAP',
  SHARED_LANGUAGE = 'SHARED_LANGUAGE',
  /** Information only: no weight (matching builds bridges, docs/social-graph.md). */
  ALREADY_CONNECTED = 'ALREADY_CONNECTED',
  /** Not tied yet, but someone they know is: a smaller bridging bonus. */
  FRIEND_OF_A_FRIEND = 'FRIEND_OF_A_FRIEND',
  /** Information only: a group the author already belongs to. */
  GROUP_MEMBER = 'GROUP_MEMBER',
  /** A person the author is not tied to, nor through anyone: the bridging bonus. */
  NEW_PERSON_NEARBY = 'NEW_PERSON_NEARBY',
  /** A group the author is not a member of: the bridging bonus. */
  NEW_GROUP_NEARBY = 'NEW_GROUP_NEARBY',
}

/** Why Village suggests a session or group beyond its fit: who goes, and the circle it opens. */
export enum SuggestionReasonKind {
  /** It meets on a day she said suits her (detail: the first such start, "TU 10:00", town time). */
  ON_YOUR_DAY = 'ON_YOUR_DAY',
  /** People she has an active tie with go, and let their connections see it. */
  PEOPLE_YOU_KNOW_GO = 'PEOPLE_YOU_KNOW_GO',
  /** Most who go are in parts of the town's network where she has no ties yet. */
  NEW_CIRCLE = 'NEW_CIRCLE',
  /** Run by organisers she has no tie to yet, when she has no tie to any organiser or worker. */
  MEET_AN_ORGANISER = 'MEET_AN_ORGANISER',
}

export enum MembershipRole {
  MEMBER = 'MEMBER',
  ORGANISER = 'ORGANISER',
}

/**
 * Where a person stands for one date of a session: GOING holds a place; WAITING is on the waiting
 * list, first come first served, and moves up to GOING when a place frees.
 */
export enum RsvpStatus {
  GOING = 'GOING',
  WAITING = 'WAITING',
}

/** How an attendance was recorded: ticked by an organiser on the register, or by the person with the code. */
export enum AttendanceMethod {
  REGISTER = 'REGISTER',
  SELF = 'SELF',
}

/** Which two kinds of node an edge of the social graph joins. */
export enum TieKind {
  PERSON_PERSON = 'PERSON_PERSON',
  PERSON_GROUP = 'PERSON_GROUP',
  GROUP_GROUP = 'GROUP_GROUP',
  GROUP_SPACE = 'GROUP_SPACE',
}

/** Why a tie exists: the evidence it was derived from. */
export enum TieProvenance {
  HOUSEHOLD = 'HOUSEHOLD',
  NEIGHBOURS = 'NEIGHBOURS',
  SHARED_LANGUAGE = 'SHARED_LANGUAGE',
  CO_ATTENDANCE = 'CO_ATTENDANCE',
  EXCHANGED_HELP = 'EXCHANGED_HELP',
  INTRODUCED = 'INTRODUCED',
  MEMBERSHIP = 'MEMBERSHIP',
  PARTNERSHIP = 'PARTNERSHIP',
  MEETS_AT = 'MEETS_AT',
}

/** ISO 639-1 codes of the languages common in our reference towns. */
export const TOWN_LANGUAGES = ['en', 'ur', 'pa', 'pl', 'ro', 'sk', 'bn', 'ar'] as const;
export type TownLanguage = (typeof TOWN_LANGUAGES)[number];

/** Sessions for expectant parents use negative ages: -9 is early pregnancy, 0 is birth. */
export const PREGNANCY_START_MONTHS = -9;

/** The town's time zone: every recurrence is interpreted here. */
export const TOWN_TIME_ZONE = 'Europe/London';

/** H3 resolution of a person's home area: about 0.74 km² a cell. */
export const AREA_CELL_RESOLUTION = 8;

/** Roles held by an account across the whole town (organisers and workers are per group instead). */
export enum AccountRole {
  ADMIN = 'ADMIN',
  SAFEGUARDING_LEAD = 'SAFEGUARDING_LEAD',
}

/** The choices a person makes about who may find or see them. Absent means no. */
export enum ConsentKind {
  /** Parents nearby at the same life stage may find me (name, languages, a distance band). */
  FINDABLE_BY_NEARBY_PARENTS = 'FINDABLE_BY_NEARBY_PARENTS',
  /** Organisers of groups I joined may see my profile and life stage. */
  VISIBLE_TO_GROUP_ORGANISERS = 'VISIBLE_TO_GROUP_ORGANISERS',
  /** Vetted workers of one named organisation may support me, for a stated purpose. */
  SUPPORTED_BY_ORGANISATION = 'SUPPORTED_BY_ORGANISATION',
  /** People I have an active tie with may see that I'm going to a session they are suggested. */
  GOING_VISIBLE_TO_CONNECTIONS = 'GOING_VISIBLE_TO_CONNECTIONS',
}

/** The background check a community worker's vetting record holds. */
export enum VettingCheck {
  BASIC_DBS = 'BASIC_DBS',
  STANDARD_DBS = 'STANDARD_DBS',
  ENHANCED_DBS = 'ENHANCED_DBS',
  ENHANCED_DBS_WITH_BARRED_LISTS = 'ENHANCED_DBS_WITH_BARRED_LISTS',
}

/** How far away another person is, never more precisely than this. */
export enum DistanceBand {
  UNDER_1_KM = 'UNDER_1_KM',
  FROM_1_TO_2_KM = 'FROM_1_TO_2_KM',
  FROM_2_TO_5_KM = 'FROM_2_TO_5_KM',
  OVER_5_KM = 'OVER_5_KM',
}
