import { errorDetail, errorField } from '../../errors/utils/graphql-error';

/** Why the API could not search from a typed place, as the `where.problem` keys name them. */
export const PLACE_PROBLEMS = [
  'NOT_A_POSTCODE',
  'UNKNOWN_POSTCODE',
  'NO_GEOCODER',
  'UNKNOWN_ADDRESS',
  'GEOCODER_UNAVAILABLE',
] as const;
export type PlaceProblem = (typeof PLACE_PROBLEMS)[number];

/** The typed place's problem, when the search failed because of it; null for any other failure. */
export function placeProblem(error: unknown): PlaceProblem | null {
  const field = errorField(error);
  if (field !== 'postcode' && field !== 'address') return null;
  const reason = errorDetail(error, 'reason');
  return PLACE_PROBLEMS.find((problem) => problem === reason) ?? null;
}
