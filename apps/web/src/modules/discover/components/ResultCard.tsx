import { Card, ChipList, Facts } from '@village/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSearchResultDetailsFragment } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { NextDates } from '../../sessions/components/NextDates';
import { ageRangeLabel } from '../../sessions/utils/age-range';
import { reasonText } from '../utils/reasons';
import { AccessibilityChips } from './AccessibilityChips';

export interface ResultCardProps {
  result: SessionSearchResultDetailsFragment;
  /** More to say under why it matched (a suggestion's reasons). */
  children?: ReactNode;
}

/**
 * One search result: what it is, where and how far, when, for whom, and why it matched. Three tab
 * stops (the session, its place, its group); adding it to a calendar is on the session's page.
 */
export function ResultCard({ result, children }: ResultCardProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const { session } = result;
  const reasons = result.reasons.map((reason, index) => ({
    key: `${reason.kind}-${index}`,
    text: reasonText(reason, { ...session, distanceMetres: result.distanceMetres }, t, format),
  }));

  return (
    <Card className="result-card" labelledBy={headingId}>
      <h3 id={headingId} className="card-title" dir="auto">
        <Link to={`/sessions/${session.id}`}>{session.title}</Link>
      </h3>
      <p className="result-card__distance">
        {t('discover.distanceAndWalk', {
          distance: format.distance(result.distanceMetres),
          walk: format.minutes(result.walkingMinutes),
        })}
      </p>
      <ChipList label={t('discover.whyItMatches')} tone="outline" items={reasons} />
      {children}
      <Facts
        items={[
          {
            term: t('session.nextDates'),
            wide: true,
            details: (
              <NextDates
                starts={result.nextOccurrences}
                durationMinutes={session.durationMinutes}
              />
            ),
          },
          {
            term: t('session.place'),
            details: (
              <Link to={`/spaces/${session.space.id}`}>
                <bdi>{session.space.name}</bdi>
              </Link>
            ),
          },
          {
            term: t('session.runBy'),
            details: (
              <Link to={`/groups/${session.group.id}`}>
                <bdi>{session.group.name}</bdi>
              </Link>
            ),
          },
          {
            term: t('session.ages'),
            details: ageRangeLabel(session.minAgeMonths, session.maxAgeMonths, t),
          },
          { term: t('session.cost'), details: format.cost(session.costPence) },
          {
            term: t('session.languages'),
            details: format.list(session.languages.map(format.languageName)),
          },
          {
            term: t('space.accessibility'),
            wide: true,
            details: <AccessibilityChips features={session.space.accessibility} />,
          },
        ]}
      />
    </Card>
  );
}
