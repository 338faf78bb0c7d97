import type { TFunction } from 'i18next';
import type { MyTieFieldsFragment } from '../../../gql/graphql';

export type TieStrength = 'lasting' | 'strong' | 'steady' | 'fading' | 'faded';

/**
 * A tie's weight now, in a word: lasting when it does not fade (a membership holds while it lasts);
 * otherwise strong from 0.7, steady from 0.4, fading while it is still active (the API's threshold,
 * `active`), faded below it.
 */
export function strengthOf(
  tie: Pick<MyTieFieldsFragment, 'weight' | 'active' | 'fades'>,
): TieStrength {
  if (!tie.fades) return 'lasting';
  if (!tie.active) return 'faded';
  if (tie.weight >= 0.7) return 'strong';
  if (tie.weight >= 0.4) return 'steady';
  return 'fading';
}

/** The other end's name, as the list and the buttons say it. */
export function otherName(tie: Pick<MyTieFieldsFragment, 'other'>): string {
  return tie.other.__typename === 'Person'
    ? tie.other.displayName
    : tie.other.__typename === 'Group'
      ? tie.other.name
      : '';
}

/** A date of the town (YYYY-MM-DD) as an instant at midday, so every time zone names the same day. */
const midday = (date: string) => `${date}T12:00:00Z`;

/**
 * Why the tie exists, in sentences of the reader's language: one for each kind of evidence (the
 * most telling first), or, for a tie with no evidence recorded (the synthetic town's), one from
 * its provenance.
 */
export function reasonsOf(
  tie: Pick<MyTieFieldsFragment, 'provenance' | 'reasons'>,
  t: TFunction,
  formatDate: (iso: string) => string,
): string[] {
  const sentences = tie.reasons.flatMap((reason) => {
    const date = formatDate(reason.lastOn ? midday(reason.lastOn) : reason.lastAt);
    switch (reason.kind) {
      case 'CO_ATTENDANCE':
        return reason.sessionTitle
          ? [
              t('connections.reason.coAttendance', {
                count: reason.count,
                session: reason.sessionTitle,
                date,
              }),
            ]
          : [];
      case 'EXCHANGED_HELP':
        return [t('connections.reason.exchange', { count: reason.count, date })];
      case 'MEMBERSHIP':
        return reason.groupName
          ? [t('connections.reason.membership', { group: reason.groupName, date })]
          : [];
      default:
        return [];
    }
  });
  return sentences.length > 0 ? sentences : [t(`connections.provenance.${tie.provenance}`)];
}
