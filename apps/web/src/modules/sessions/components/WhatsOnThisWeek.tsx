import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UpcomingSessionsQuery as UpcomingSessionsData } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { townDayKey } from '../../locale/utils/format';
import { UpcomingSessionsQuery } from '../graphql/upcoming-sessions.query';
import { ageRangeLabel } from '../utils/age-range';

type Occurrence = UpcomingSessionsData['upcomingSessions'][number];

interface Day {
  key: string;
  /** Any instant of the day, for its heading. */
  startsAt: string;
  occurrences: Occurrence[];
}

/** Occurrences arrive soonest first; keep that order and cut them into days in the town. */
function byDay(occurrences: readonly Occurrence[]): Day[] {
  const days = new Map<string, Day>();
  for (const occurrence of occurrences) {
    const key = townDayKey(occurrence.startsAt);
    const day = days.get(key) ?? { key, startsAt: occurrence.startsAt, occurrences: [] };
    day.occurrences.push(occurrence);
    days.set(key, day);
  }
  return [...days.values()];
}

export function WhatsOnThisWeek() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(UpcomingSessionsQuery, { variables: { days: 7, first: 50 } });

  let content;
  if (loading && !data) content = <LoadingState label={t('home.whatsOn.loading')} />;
  else if (error) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data?.upcomingSessions.length) content = <EmptyState>{t('home.whatsOn.empty')}</EmptyState>;
  else {
    content = byDay(data.upcomingSessions).map((day) => (
      <section key={day.key} className="whats-on__day">
        <h3 className="whats-on__day-heading">{format.day(day.startsAt)}</h3>
        <ul className="stack-list">
          {day.occurrences.map(({ startsAt, endsAt, session }) => (
            <li key={`${session.id}-${startsAt}`} className="occurrence">
              <time className="occurrence__time" dateTime={startsAt}>
                {format.timeRange(startsAt, endsAt)}
              </time>
              <div className="occurrence__body">
                <h4 className="occurrence__title">
                  <Link to={`/groups/${session.group.id}`}>{session.title}</Link>
                </h4>
                <p className="occurrence__meta">
                  {session.group.name} · <Link to={`/spaces/${session.space.id}`}>{session.space.name}</Link>
                </p>
                <p className="occurrence__meta">
                  {[
                    ageRangeLabel(session.minAgeMonths, session.maxAgeMonths, t),
                    format.cost(session.costPence),
                    format.list(session.languages.map(format.languageName)),
                  ].join(' · ')}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </section>
    ));
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.whatsOn.heading')}</h2>
      {content}
    </section>
  );
}
