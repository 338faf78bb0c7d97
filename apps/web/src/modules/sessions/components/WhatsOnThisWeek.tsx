import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { addDays, townDayKey, townMidnight } from '../../locale/utils/format';
import { useSearchParam } from '../../routing/hooks/useSearchParam';
import { UpcomingSessionsQuery } from '../graphql/upcoming-sessions.query';
import { ageRangeLabel } from '../utils/age-range';

const WEEK = 7;
/** The API's most per request: room for a busy day in our reference towns (a bigger town would need paging here). */
const PER_DAY = 50;

/** One day at a time, today first: a week of a whole town's sessions is too long a list for a phone. */
export function WhatsOnThisWeek() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const today = townDayKey(new Date().toISOString());
  const week = Array.from({ length: WEEK }, (_, index) => addDays(today, index));
  const [requestedDay, setDay] = useSearchParam('day');
  const day = requestedDay && week.includes(requestedDay) ? requestedDay : today;

  const { data, loading, error, refetch } = useQuery(UpcomingSessionsQuery, {
    variables: { from: townMidnight(day), days: 1, first: PER_DAY },
  });
  // The window is 24 hours; on the days the clocks change a town day is 23 or 25, so trim to the day itself.
  const occurrences = data?.upcomingSessions.filter(
    (occurrence) => townDayKey(occurrence.startsAt) === day,
  );

  let content;
  if (loading && !data) content = <LoadingState label={t('home.whatsOn.loading')} />;
  else if (error) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!occurrences?.length) content = <EmptyState>{t('home.whatsOn.empty')}</EmptyState>;
  else {
    content = (
      <ul className="stack-list">
        {occurrences.map(({ startsAt, endsAt, session }) => (
          <li key={`${session.id}-${startsAt}`} className="occurrence">
            <time className="occurrence__time" dateTime={startsAt}>
              {format.timeRange(startsAt, endsAt)}
            </time>
            <div>
              <h4 className="occurrence__title" dir="auto">
                <Link to={`/sessions/${session.id}`}>{session.title}</Link>
              </h4>
              <p className="occurrence__meta">
                <bdi>{session.group.name}</bdi>
              </p>
              <p className="occurrence__meta">
                <Link to={`/spaces/${session.space.id}`}>
                  <bdi>{session.space.name}</bdi>
                </Link>
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
    );
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.whatsOn.heading')}</h2>
      <div className="day-picker" role="group" aria-label={t('home.whatsOn.chooseDay')}>
        {week.map((key) => (
          <button
            key={key}
            type="button"
            className="day-picker__day"
            aria-pressed={key === day}
            onClick={() => setDay(key === today ? null : key)}
          >
            {format.shortDay(key)}
          </button>
        ))}
      </div>
      <h3 className="whats-on__day-heading">{format.day(townMidnight(day))}</h3>
      {content}
    </section>
  );
}
