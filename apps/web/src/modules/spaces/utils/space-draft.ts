import type { AccessibilityFeature, CreateSpaceInput, SpaceKind } from '../../../gql/graphql';

export const SPACE_KINDS = [
  'CAFE',
  'CHILDRENS_CENTRE',
  'CHURCH',
  'COMMUNITY_CENTRE',
  'GURDWARA',
  'LIBRARY',
  'MOSQUE',
  'PARK',
] as const satisfies readonly `${SpaceKind}`[];

export const ACCESSIBILITY_FEATURES = [
  'STEP_FREE',
  'ACCESSIBLE_TOILET',
  'BABY_CHANGE',
  'PRAM_SPACE',
  'HEARING_LOOP',
  'QUIET_SPACE',
] as const satisfies readonly `${AccessibilityFeature}`[];

/** One row of opening hours as typed: weekday 1 (Monday) to 7, times HH:MM. */
export interface OpeningDraft {
  weekday: string;
  opens: string;
  closes: string;
}

/** A space as its form holds it: text as typed. */
export interface SpaceDraft {
  name: string;
  kind: string;
  address: string;
  postcode: string;
  latitude: string;
  longitude: string;
  accessibility: string[];
  openingHours: OpeningDraft[];
}

export type SpaceField =
  'name' | 'kind' | 'address' | 'postcode' | 'latitude' | 'longitude' | 'openingHours';
export const SPACE_FIELD_ORDER: readonly SpaceField[] = [
  'name',
  'kind',
  'address',
  'postcode',
  'latitude',
  'longitude',
  'openingHours',
];

export const EMPTY_SPACE: SpaceDraft = {
  name: '',
  kind: '',
  address: '',
  postcode: '',
  latitude: '',
  longitude: '',
  accessibility: [],
  openingHours: [],
};

export function draftOf(space: {
  name: string;
  kind: string;
  address: string;
  postcode: string;
  latitude: number;
  longitude: number;
  accessibility: readonly string[];
  openingHours: readonly { weekday: number; opens: string; closes: string }[];
}): SpaceDraft {
  return {
    name: space.name,
    kind: space.kind,
    address: space.address,
    postcode: space.postcode,
    latitude: String(space.latitude),
    longitude: String(space.longitude),
    accessibility: [...space.accessibility],
    openingHours: space.openingHours.map(({ weekday, opens, closes }) => ({
      weekday: String(weekday),
      opens,
      closes,
    })),
  };
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** i18n keys of what is wrong, by field: the API checks the same and has the last word. */
export function spaceProblems(draft: SpaceDraft): Partial<Record<SpaceField, string>> {
  const problems: Partial<Record<SpaceField, string>> = {};
  const name = draft.name.trim();
  if (name.length < 2 || name.length > 120) problems.name = 'stewards.errors.name';
  if (!draft.kind) problems.kind = 'stewards.errors.kind';
  const latitude = Number(draft.latitude);
  if (draft.latitude.trim() === '' || !Number.isFinite(latitude) || Math.abs(latitude) > 90)
    problems.latitude = 'stewards.errors.latitude';
  const longitude = Number(draft.longitude);
  if (draft.longitude.trim() === '' || !Number.isFinite(longitude) || Math.abs(longitude) > 180)
    problems.longitude = 'stewards.errors.longitude';
  if (draft.openingHours.some((p) => !HH_MM.test(p.opens) || !HH_MM.test(p.closes)))
    problems.openingHours = 'stewards.errors.hoursTime';
  else if (draft.openingHours.some((p) => p.closes <= p.opens))
    problems.openingHours = 'stewards.errors.hoursOrder';
  return problems;
}

export function toSpaceInput(draft: SpaceDraft): CreateSpaceInput {
  return {
    name: draft.name.trim(),
    kind: draft.kind as SpaceKind,
    address: draft.address.trim(),
    postcode: draft.postcode.trim(),
    latitude: Number(draft.latitude),
    longitude: Number(draft.longitude),
    accessibility: draft.accessibility as AccessibilityFeature[],
    openingHours: draft.openingHours.map((p) => ({
      weekday: Number(p.weekday),
      opens: p.opens,
      closes: p.closes,
    })),
  };
}

/** Only what differs from `before`: an edit or a suggestion sends the fields it changes. */
export function changedFields(before: SpaceDraft, after: SpaceDraft): Partial<CreateSpaceInput> {
  const a = toSpaceInput(before);
  const b = toSpaceInput(after);
  const changes: Partial<CreateSpaceInput> = {};
  for (const key of Object.keys(b) as (keyof CreateSpaceInput)[])
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
      (changes as Record<string, unknown>)[key] = b[key];
  return changes;
}
