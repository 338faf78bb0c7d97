import { Card, Facts, type Fact } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionDetailsFragment } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { ageRangeLabel } from '../utils/age-range';
import { NextDates } from './NextDates';

export interface SessionCardProps {
  session: SessionDetailsFragment;
  /** Who runs it: shown where the page is not already the group's. */
  group?: { id: string; name: string };
  /** Where it happens: shown where the page is not already the space's. */
  space?: { id: string; name: string; postcode: string };
}

/** One recurring session: its next dates and what a parent needs to decide whether to go. */
export function SessionCard({ session, group, space }: SessionCardProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();

  const facts: Fact[] = [
    {
      term: t('session.nextDates'),
      wide: true,
      details: (
        <NextDates starts={session.nextOccurrences} durationMinutes={session.durationMinutes} />
      ),
    },
  ];
  if (space) {
    facts.push({
      term: t('session.place'),
      details: (
        <>
          <Link to={`/spaces/${space.id}`}>
            <bdi>{space.name}</bdi>
          </Link>
          {space.postcode ? <span className="postcode">{space.postcode}</span> : null}
        </>
      ),
    });
  }
  if (group)
    facts.push({
      term: t('session.runBy'),
      details: (
        <Link to={`/groups/${group.id}`}>
          <bdi>{group.name}</bdi>
        </Link>
      ),
    });
  facts.push(
    {
      term: t('session.ages'),
      details: ageRangeLabel(session.minAgeMonths, session.maxAgeMonths, t),
    },
    { term: t('session.cost'), details: format.cost(session.costPence) },
    {
      term: t('session.languages'),
      details: format.list(session.languages.map(format.languageName)),
    },
  );

  return (
    <Card className="session-card" labelledBy={headingId}>
      <h3 id={headingId} className="card-title" dir="auto">
        <Link to={`/sessions/${session.id}`}>{session.title}</Link>
      </h3>
      {session.description ? (
        <p className="card-description" dir="auto">
          {session.description}
        </p>
      ) : null}
      <Facts items={facts} />
    </Card>
  );
}
