import type { TFunction } from 'i18next';
import type { HelpPostFieldsFragment, HelpPostMatchesQuery } from '../../../gql/graphql';
import { HelpMatchReasonKind } from '../../../gql/graphql';
import { slotKey, slotsByDay } from './availability';

export type HelpMatch = HelpPostMatchesQuery['helpPostMatches'][number];
type Reason = HelpMatch['reasons'][number];

export interface MatchReasonFormat {
  languageName: (code: string) => string;
  list: (items: readonly string[]) => string;
  weekday: (isoWeekday: number) => string;
}

/** What matching compared on my side: my post, and my own profile's languages. */
export interface MyMatchSide {
  post: Pick<HelpPostFieldsFragment, 'category' | 'availabilitySlots' | 'languages'>;
  profileLanguages: readonly string[];
}

/**
 * Why a post was suggested, in the reader's language. The API's reason text is English; its kind
 * says what it is about, and the two posts (mine and the match's) hold the details to name: the
 * category, the week slots both are free in, the languages both use. A detail matching compared
 * that this page cannot see (a group's languages) is said without naming it.
 */
export function matchReasonText(
  reason: Reason,
  match: HelpMatch,
  mine: MyMatchSide,
  t: TFunction,
  format: MatchReasonFormat,
): string {
  const theirs = match.post;
  switch (reason.kind) {
    case HelpMatchReasonKind.SameCategory:
      return t('helpMatch.reason.SAME_CATEGORY', {
        category: t(`helpCategory.${mine.post.category}`),
      });
    case HelpMatchReasonKind.RelatedCategory:
      return t('helpMatch.reason.RELATED_CATEGORY', {
        category: t(`helpCategory.${theirs.category}`),
      });
    case HelpMatchReasonKind.Nearby:
      return t(`distanceBand.${match.distance}`);
    case HelpMatchReasonKind.AvailabilityOverlap: {
      const mySlots = new Set(mine.post.availabilitySlots.map(slotKey));
      const days = slotsByDay(
        theirs.availabilitySlots.filter((slot) => mySlots.has(slotKey(slot))),
      );
      if (!days.length) return t('helpMatch.reason.sameTimes');
      const times = days.map(({ weekday, parts }) =>
        t('help.dayParts', {
          day: format.weekday(weekday),
          parts: format.list(parts.map((part) => t(`partOfDay.${part}`))),
        }),
      );
      return t('helpMatch.reason.AVAILABILITY_OVERLAP', { times: format.list(times) });
    }
    case HelpMatchReasonKind.SharedLanguage: {
      const myLanguages = new Set([...mine.post.languages, ...mine.profileLanguages]);
      const shared = [...new Set(theirs.languages)].filter((code) => myLanguages.has(code));
      if (!shared.length) return t('helpMatch.reason.aLanguage');
      return t('helpMatch.reason.SHARED_LANGUAGE', {
        languages: format.list(shared.map(format.languageName)),
      });
    }
    case HelpMatchReasonKind.AlreadyConnected:
    case HelpMatchReasonKind.FriendOfAFriend:
    case HelpMatchReasonKind.GroupMember:
    case HelpMatchReasonKind.NewPersonNearby:
    case HelpMatchReasonKind.NewGroupNearby:
      return t(`helpMatch.reason.${reason.kind}`);
    default:
      // A kind newer than this page: the API's own (English) words.
      return reason.text;
  }
}
