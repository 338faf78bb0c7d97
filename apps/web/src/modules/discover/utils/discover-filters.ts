import { TOWN_LANGUAGES } from '@village/shared';
import type { Point } from '../../map/utils/projection';
import type { TypedPlace } from '../../map/utils/typed-place';
import {
  AccessibilityFeature,
  GroupKind,
  SessionSearchSort,
  type SessionSearchQueryVariables,
} from '../../../gql/graphql';

/**
 * The discover page's filters, as they live in the URL (shareable, Back works) and in localStorage
 * (remembered for the next visit). The device's own position is never part of them: it stays in
 * memory, and the URL only says `near=here`.
 */
export interface DiscoverFilters {
  /** A named place's key, `here` for the device's position, or `mine` for my profile's area. */
  near: PlaceKey | typeof HERE | typeof MINE;
  /** Metres, or null for the nearest however far. */
  withinMetres: Distance;
  /** The child's age in months, 0 to 60; null when not given (or expecting). */
  childAgeMonths: number | null;
  /** Expecting: the due month, YYYY-MM. Ignored when a child's age is given. */
  dueMonth: string | null;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, in order. */
  weekdays: number[];
  time: TimeOfDay | null;
  languages: string[];
  freeOnly: boolean;
  accessibility: AccessibilityFeature[];
  groupKinds: GroupKind[];
  text: string;
  sort: SessionSearchSort;
}

export const HERE = 'here';
/** My own area, from my profile: the cell itself is read from the profile, never put in the URL. */
export const MINE = 'mine';

/** Places to search from without sharing a position: the town centre and a few wards. */
export const PLACES = [
  { key: 'centre', latitude: 53.7946, longitude: -1.7564 },
  { key: 'northgate', latitude: 53.8098, longitude: -1.7652 },
  { key: 'canal-side', latitude: 53.8143, longitude: -1.7394 },
  { key: 'eastmoor', latitude: 53.7828, longitude: -1.7151 },
  { key: 'moorside', latitude: 53.7711, longitude: -1.7743 },
] as const;
export type PlaceKey = (typeof PLACES)[number]['key'];

export const DISTANCES = [1000, 2000, 5000, null] as const;
export type Distance = (typeof DISTANCES)[number];

/** Start-time windows in town time, as the API's startsFrom/startsBy (HH:MM, inclusive). */
export const TIMES_OF_DAY = {
  morning: { startsFrom: '06:00', startsBy: '11:59' },
  afternoon: { startsFrom: '12:00', startsBy: '16:59' },
  evening: { startsFrom: '17:00', startsBy: '22:00' },
} as const;
export type TimeOfDay = keyof typeof TIMES_OF_DAY;

/** The needs a parent asks about most, first (the schema's order is alphabetical). */
export const ACCESSIBILITY_NEEDS: readonly AccessibilityFeature[] = [
  AccessibilityFeature.StepFree,
  AccessibilityFeature.BabyChange,
  AccessibilityFeature.PramSpace,
  AccessibilityFeature.QuietSpace,
  AccessibilityFeature.HearingLoop,
  AccessibilityFeature.AccessibleToilet,
];

export const GROUP_KINDS: readonly GroupKind[] = [
  GroupKind.ParentAndBaby,
  GroupKind.Service,
  GroupKind.Faith,
  GroupKind.Civic,
  GroupKind.MutualAid,
  GroupKind.VolunteerScheme,
];

export const SEARCH_LANGUAGES: readonly string[] = TOWN_LANGUAGES;
export const OLDEST_CHILD_MONTHS = 60;
export const STORAGE_KEY = 'village.discover.filters';

export const DEFAULT_FILTERS: DiscoverFilters = {
  near: 'centre',
  withinMetres: 2000,
  childAgeMonths: null,
  dueMonth: null,
  weekdays: [],
  time: null,
  languages: [],
  freeOnly: false,
  accessibility: [],
  groupKinds: [],
  text: '',
  sort: SessionSearchSort.Distance,
};

/** The query-string names; anything else in the URL (the list/map view) is not a filter. */
const PARAMS = {
  near: 'near',
  within: 'within',
  age: 'age',
  due: 'due',
  days: 'days',
  time: 'time',
  languages: 'lang',
  free: 'free',
  access: 'access',
  kinds: 'kind',
  text: 'q',
  sort: 'sort',
} as const;
export const FILTER_PARAMS: readonly string[] = Object.values(PARAMS);

const list = (value: string | null): string[] =>
  value ? value.split(',').filter((item) => item.length > 0) : [];

function oneOf<T>(allowed: readonly T[], values: string[]): T[] {
  return allowed.filter((item) => values.includes(String(item)));
}

function whole(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** YYYY-MM with a real month. */
export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** Reads filters from a query string, ignoring anything malformed (a hand-edited or old link). */
export function parseFilters(params: URLSearchParams): DiscoverFilters {
  const near = params.get(PARAMS.near);
  const within = params.get(PARAMS.within);
  const time = params.get(PARAMS.time);
  const sort = params.get(PARAMS.sort);
  const childAgeMonths = whole(params.get(PARAMS.age), 0, OLDEST_CHILD_MONTHS);
  const due = params.get(PARAMS.due);
  return {
    near:
      near === HERE || near === MINE
        ? near
        : (PLACES.find((place) => place.key === near)?.key ?? DEFAULT_FILTERS.near),
    withinMetres:
      within === 'nearest'
        ? null
        : (DISTANCES.find((metres) => metres !== null && String(metres) === within) ??
          DEFAULT_FILTERS.withinMetres),
    childAgeMonths,
    dueMonth: childAgeMonths === null && isMonth(due) ? due : null,
    weekdays: oneOf([1, 2, 3, 4, 5, 6, 7], list(params.get(PARAMS.days))),
    time: time && time in TIMES_OF_DAY ? (time as TimeOfDay) : null,
    languages: oneOf(SEARCH_LANGUAGES, list(params.get(PARAMS.languages))),
    freeOnly: params.get(PARAMS.free) === '1',
    accessibility: oneOf(ACCESSIBILITY_NEEDS, list(params.get(PARAMS.access))),
    groupKinds: oneOf(GROUP_KINDS, list(params.get(PARAMS.kinds))),
    text: (params.get(PARAMS.text) ?? '').slice(0, 100),
    sort: sort === SessionSearchSort.Fit ? SessionSearchSort.Fit : SessionSearchSort.Distance,
  };
}

/** Writes filters into a query string: only what differs from the defaults, so links stay short. */
export function filtersToParams(
  filters: DiscoverFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of FILTER_PARAMS) params.delete(name);
  const set = (name: string, value: string | null) => {
    if (value) params.set(name, value);
  };
  if (filters.near !== DEFAULT_FILTERS.near) set(PARAMS.near, filters.near);
  if (filters.withinMetres !== DEFAULT_FILTERS.withinMetres)
    set(PARAMS.within, filters.withinMetres === null ? 'nearest' : String(filters.withinMetres));
  if (filters.childAgeMonths !== null) set(PARAMS.age, String(filters.childAgeMonths));
  else set(PARAMS.due, filters.dueMonth);
  set(PARAMS.days, filters.weekdays.join(','));
  set(PARAMS.time, filters.time);
  set(PARAMS.languages, filters.languages.join(','));
  if (filters.freeOnly) set(PARAMS.free, '1');
  set(PARAMS.access, filters.accessibility.join(','));
  set(PARAMS.kinds, filters.groupKinds.join(','));
  set(PARAMS.text, filters.text.trim());
  if (filters.sort !== DEFAULT_FILTERS.sort) set(PARAMS.sort, filters.sort);
  return params;
}

/**
 * How many choices narrow the search, for the collapsed filters' summary: each day, language,
 * access need and group kind ticked counts, and each other filter set away from its default.
 * Where from and the sort order are not counted: they say where and in what order, not what.
 */
export function activeFilterCount(filters: DiscoverFilters): number {
  const changed = [
    filters.withinMetres !== DEFAULT_FILTERS.withinMetres,
    filters.childAgeMonths !== null || filters.dueMonth !== null,
    filters.time !== null,
    filters.freeOnly,
    filters.text.trim() !== '',
  ].filter(Boolean).length;
  return (
    changed +
    filters.weekdays.length +
    filters.languages.length +
    filters.accessibility.length +
    filters.groupKinds.length
  );
}

/** True when the query string carries at least one filter (a shared link, or a change just made). */
export function hasFilterParams(params: URLSearchParams): boolean {
  return FILTER_PARAMS.some((name) => params.has(name));
}

/** The filters remembered from the last visit, or null. Storage can be full, off or hand-edited. */
export function loadStoredFilters(
  storage: Storage | undefined = safeLocalStorage(),
): string | null {
  try {
    const stored = storage?.getItem(STORAGE_KEY) ?? null;
    return stored === null
      ? null
      : filtersToParams(parseFilters(new URLSearchParams(stored))).toString();
  } catch {
    return null;
  }
}

/** Remembers the filters for the next visit (never a position: `near` is a place key or `here`). */
export function storeFilters(
  filters: DiscoverFilters,
  storage: Storage | undefined = safeLocalStorage(),
): void {
  try {
    storage?.setItem(STORAGE_KEY, filtersToParams(filters).toString());
  } catch {
    // Private browsing or a full store: the URL still carries the filters.
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export type { Point };

/** Where the search starts: the chosen place, or the device's position when given one. */
export function searchPoint(filters: DiscoverFilters, here: Point | null): Point | null {
  if (filters.near === HERE) return here;
  const place = PLACES.find((candidate) => candidate.key === filters.near) ?? PLACES[0];
  return { latitude: place.latitude, longitude: place.longitude };
}

/** Where a search starts: a point, my profile's area cell, or a typed postcode or address. */
export type SearchFrom = Point | { areaCell: string } | TypedPlace;

/**
 * Where the search starts, from the filters and what the page knows: a typed postcode or address
 * wins; `mine` is my profile's area (null until known); otherwise `searchPoint`.
 */
export function searchFrom(
  filters: DiscoverFilters,
  here: Point | null,
  typed: TypedPlace | null,
  myAreaCell: string | null,
): SearchFrom | null {
  if (typed) return typed;
  if (filters.near === MINE) return myAreaCell ? { areaCell: myAreaCell } : null;
  return searchPoint(filters, here);
}

/** The sessionSearch variables for a page of results. */
export function toSearchVariables(
  filters: DiscoverFilters,
  from: SearchFrom,
  first: number,
): SessionSearchQueryVariables {
  const window = filters.time ? TIMES_OF_DAY[filters.time] : null;
  const text = filters.text.trim();
  return {
    point: 'latitude' in from ? { latitude: from.latitude, longitude: from.longitude } : null,
    areaCell: 'areaCell' in from ? from.areaCell : null,
    postcode: 'postcode' in from ? from.postcode : null,
    address: 'address' in from ? from.address : null,
    withinMetres: filters.withinMetres,
    childAgeMonths: filters.childAgeMonths,
    dueMonth: filters.childAgeMonths === null ? filters.dueMonth : null,
    weekdays: filters.weekdays,
    startsFrom: window?.startsFrom ?? null,
    startsBy: window?.startsBy ?? null,
    languages: filters.languages,
    freeOnly: filters.freeOnly,
    accessibility: filters.accessibility,
    groupKinds: filters.groupKinds,
    text: text || null,
    sort: filters.sort,
    first,
  };
}
