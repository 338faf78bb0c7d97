import type { TFunction } from 'i18next';
import { MatchReasonKind } from '../../../gql/graphql';
import { ageRangeLabel } from '../../sessions/utils/age-range';

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface ReasonFormat {
  distance: (metres: number) => string;
  languageName: (code: string) => string;
  list: (items: readonly string[]) => string;
  weekday: (isoWeekday: number) => string;
  clockTime: (hhmm: string) => string;
}

/** "TU 10:00" (a start on the town's clock, as the API's reasons give it) in the reader's words. */
export function dayAndTimeWords(
  detail: string,
  format: Pick<ReasonFormat, 'weekday' | 'clockTime'>,
): { day: string; time: string } | null {
  const [day = '', time = ''] = detail.split(' ');
  const weekday = WEEKDAY_CODES.indexOf(day) + 1;
  if (!weekday || !/^\d{2}:\d{2}$/.test(time)) return null;
  return { day: format.weekday(weekday), time: format.clockTime(time) };
}

export interface ReasonContext {
  distanceMetres: number;
  minAgeMonths: number;
  maxAgeMonths: number;
}

/**
 * Why a session matched, in the reader's words: the API's reasons carry codes ("TU 10:00", "ur,pl",
 * "STEP_FREE"), turned here into "Tuesday at 10:00", "In Urdu", "Step-free access".
 */
export function reasonText(
  reason: { kind: MatchReasonKind; detail: string },
  context: ReasonContext,
  t: TFunction,
  format: ReasonFormat,
): string {
  const codes = reason.detail.split(',').filter(Boolean);
  switch (reason.kind) {
    case MatchReasonKind.Nearby:
      return t('discover.reason.NEARBY', { distance: format.distance(context.distanceMetres) });
    case MatchReasonKind.FitsChildAge:
    case MatchReasonKind.FitsPregnancy:
      return t(
        reason.kind === MatchReasonKind.FitsPregnancy
          ? 'discover.reason.FITS_PREGNANCY'
          : 'discover.reason.FITS_CHILD_AGE',
        { ages: ageRangeLabel(context.minAgeMonths, context.maxAgeMonths, t) },
      );
    case MatchReasonKind.InLanguage:
      return t('discover.reason.IN_LANGUAGE', {
        languages: format.list(codes.map(format.languageName)),
      });
    case MatchReasonKind.Free:
      return t('discover.reason.FREE');
    case MatchReasonKind.Accessible:
      return format.list(codes.map((code) => t(`accessibilityFeature.${code}`, code)));
    case MatchReasonKind.OnDayAndTime: {
      const words = dayAndTimeWords(reason.detail, format);
      return words ? t('discover.reason.ON_DAY_AND_TIME', words) : reason.detail;
    }
    case MatchReasonKind.GroupKind:
      return t(`groupKind.${reason.detail}`, reason.detail);
    case MatchReasonKind.MatchesText:
      return t('discover.reason.MATCHES_TEXT', { text: reason.detail });
    default:
      return reason.detail;
  }
}
