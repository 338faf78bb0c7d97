/**
 * Which profile a nearby-parents search compares (docs/privacy.md, "What a result says"). A search
 * compares the searcher's languages and life stage with each parent's. Were it always the live
 * profile, a searcher could edit their own languages or children's ages and search again, one
 * question at a time, until they knew another parent's. So the search keeps a copy of the profile
 * and takes a new one, when the profile has changed, at most SEARCH_PROFILE_CHANGES_PER_DAY times
 * in any 24 hours; beyond that it goes on comparing the copy until a day has passed.
 */

export const SEARCH_PROFILE_CHANGES_PER_DAY = 2;
const DAY_MS = 86_400_000;

/** What a search compares: languages, and the life stage (months as YYYY-MM-DD). */
export interface SearchProfile {
  languages: string[];
  dueMonth: string | null;
  childBirthMonths: string[];
}

export interface StoredSearchProfile extends SearchProfile {
  takenAt: Date;
  /** When the copy was renewed because the profile had changed. */
  changedAt: Date[];
}

const sorted = (values: readonly string[]) => [...values].sort().join(',');

function sameProfile(a: SearchProfile, b: SearchProfile): boolean {
  return (
    sorted(a.languages) === sorted(b.languages) &&
    a.dueMonth === b.dueMonth &&
    sorted(a.childBirthMonths) === sorted(b.childBirthMonths)
  );
}

/** The profile a search at `now` compares, and whether it is a new copy to store. */
export function searchProfileAt(
  stored: StoredSearchProfile | null,
  live: SearchProfile,
  now: Date,
): { profile: StoredSearchProfile; renewed: boolean } {
  if (!stored) return { profile: { ...live, takenAt: now, changedAt: [] }, renewed: true };
  if (sameProfile(stored, live)) return { profile: stored, renewed: false };
  const today = stored.changedAt.filter((at) => now.getTime() - at.getTime() < DAY_MS);
  if (today.length >= SEARCH_PROFILE_CHANGES_PER_DAY) return { profile: stored, renewed: false };
  return { profile: { ...live, takenAt: now, changedAt: [...today, now] }, renewed: true };
}
