import type { MyProfileFragment } from '../../../gql/graphql';
import {
  MINE,
  OLDEST_CHILD_MONTHS,
  SEARCH_LANGUAGES,
  isMonth,
  type DiscoverFilters,
} from './discover-filters';

type Profile = Pick<MyProfileFragment, 'areaCell' | 'languages' | 'lifeStage' | 'suitableWeekdays'>;

/** The filters a profile starts the discover page with: who for, languages, where, which days. */
export type ProfileStart = Pick<DiscoverFilters, 'childAgeMonths' | 'dueMonth' | 'languages'> & {
  near?: typeof MINE;
  weekdays?: number[];
};

/**
 * What a signed-in parent's search starts from: her youngest child's age (under five), else her
 * due month; the languages she speaks that sessions are searched by; her own area when she gave
 * one; the days that suit her when she said. Null when her profile says none of these.
 */
export function profileStart(profile: Profile | null | undefined): ProfileStart | null {
  if (!profile) return null;
  const lifeStage = profile.lifeStage ?? { expecting: false, dueMonth: null, childAgesMonths: [] };
  const languages = profile.languages ?? [];
  const youngest = lifeStage.childAgesMonths.find((age) => age <= OLDEST_CHILD_MONTHS);
  const dueMonth =
    youngest === undefined && lifeStage.expecting && isMonth(lifeStage.dueMonth ?? null)
      ? lifeStage.dueMonth!
      : null;
  const start: ProfileStart = {
    childAgeMonths: youngest ?? null,
    dueMonth,
    languages: SEARCH_LANGUAGES.filter((code) => languages.includes(code)),
    ...(profile.areaCell ? { near: MINE } : {}),
    ...(profile.suitableWeekdays?.length ? { weekdays: [...profile.suitableWeekdays] } : {}),
  };
  const empty =
    start.childAgeMonths === null &&
    !start.dueMonth &&
    !start.languages.length &&
    !start.near &&
    !start.weekdays;
  return empty ? null : start;
}

/** Whether the filters still say what the profile started them with (so the page says so). */
export function usesProfile(filters: DiscoverFilters, start: ProfileStart | null): boolean {
  if (!start) return false;
  return (
    filters.childAgeMonths === start.childAgeMonths &&
    (filters.childAgeMonths !== null || filters.dueMonth === start.dueMonth) &&
    filters.languages.join(',') === start.languages.join(',') &&
    (start.near === undefined || filters.near === start.near) &&
    (start.weekdays === undefined || filters.weekdays.join(',') === start.weekdays.join(','))
  );
}
