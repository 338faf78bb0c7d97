import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RsvpStatus, type MyUpcomingSessionsQuery as Upcoming } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { DateChangeNote } from '../../sessions/components/DateChangeNote';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import { CancelGoingMutation, MyUpcomingSessionsQuery } from '../graphql/going.graphql';
import '../going.css';

type UpcomingDate = Upcoming['myUpcomingSessions']['edges'][number]['node'];

function UpcomingItem({ item, announce }: { item: UpcomingDate; announce: (m: string) => void }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [cancel, { loading, error }] = useMutation(CancelGoingMutation, {
    refetchQueries: ['MyUpcomingSessions'],
    awaitRefetchQueries: true,
  });
  const occurrence = item.occurrence;
  const day = occurrence ? format.day(occurrence.startsAt) : item.occursOn;
  const title = item.session.title;
  return (
    <li>
      <h3>
        <Link to={`/sessions/${item.session.id}`} dir="auto">
          {title}
        </Link>
      </h3>
      <p className="going-upcoming__when">
        {occurrence ? format.dayAndTimeRange(occurrence.startsAt, occurrence.endsAt) : day}
      </p>
      {item.cancelled ? (
        <p className="going-upcoming__cancelled">
          {occurrence?.cancellationReason
            ? t('going.upcoming.cancelledReason', { reason: occurrence.cancellationReason })
            : t('going.upcoming.cancelled')}
        </p>
      ) : (
        <>
          {occurrence?.movedFrom ? (
            <DateChangeNote date={{ cancelled: false, movedFrom: occurrence.movedFrom }} />
          ) : null}
          <p className="going-upcoming__status">
            {item.status === RsvpStatus.Going
              ? t('going.upcoming.statusGoing')
              : t('going.upcoming.statusWaiting', { position: item.waitingPosition ?? 1 })}
          </p>
        </>
      )}
      <div className="section-actions">
        <Button
          variant="secondary"
          disabled={loading}
          aria-label={t(item.cancelled ? 'going.upcoming.removeOn' : 'going.upcoming.cancelOn', {
            title,
            date: day,
          })}
          onClick={() =>
            void cancel({
              variables: { sessionId: item.session.id, occursOn: item.occursOn },
            }).then(
              () => announce(t('going.announceCancelled', { date: day })),
              () => undefined,
            )
          }
        >
          {item.cancelled ? t('going.upcoming.remove') : t('going.cancel')}
        </Button>
      </div>
      <ActionError error={error} />
    </li>
  );
}

/** My dates from today on, soonest first, a page at a time; cancelled ones marked as such. */
export function UpcomingDates() {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(MyUpcomingSessionsQuery, {
    variables: { first: 10 },
    fetchPolicy: 'cache-and-network',
  });
  const edges = data?.myUpcomingSessions.edges ?? [];
  return (
    <>
      <p className="going-panel__status" role="status">
        {announcement}
      </p>
      {loading && !data ? (
        <LoadingState label={t('going.upcoming.loading')} />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : edges.length === 0 ? (
        <EmptyState>
          {t('going.upcoming.empty')} <Link to="/discover">{t('going.upcoming.findSession')}</Link>
        </EmptyState>
      ) : (
        <>
          <ul className="plain-list going-upcoming">
            {edges.map(({ node }) => (
              <UpcomingItem
                key={`${node.session.id}/${node.occursOn}`}
                item={node}
                announce={setAnnouncement}
              />
            ))}
          </ul>
          <LoadMore
            pageInfo={data?.myUpcomingSessions.pageInfo}
            loadAfter={(after) => fetchMore({ variables: { after } })}
          />
        </>
      )}
    </>
  );
}
