import { useQuery } from '@apollo/client/react';
import { LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { RsvpStatus } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { SessionAttendeesQuery } from '../graphql/going.graphql';

export interface SessionAttendeesProps {
  sessionId: string;
  occursOn: string;
}

/**
 * For the organisers of the session's group: who is coming to one date. Names only of those who
 * shared them; everyone else is a number. Asked for only when the organiser opens it, since each
 * name read goes into that person's data access log.
 */
export function SessionAttendees({ sessionId, occursOn }: SessionAttendeesProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SessionAttendeesQuery, {
    variables: { sessionId, occursOn },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <LoadingState label={t('going.loadingAttendees')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { goingCount, waitingCount, named } = data.sessionAttendees;
  const unnamed = goingCount + waitingCount - named.length;
  return (
    <div className="going-attendees">
      <p>
        {t('going.goingCount', { count: goingCount })}
        {waitingCount ? ` · ${t('going.waitingCount', { count: waitingCount })}` : ''}
      </p>
      <h4>{t('going.namedHeading')}</h4>
      {named.length ? (
        <ul className="going-attendees__names">
          {named.map((person, index) => (
            <li key={`${index}-${person.displayName}`} dir="auto">
              {person.status === RsvpStatus.Waiting
                ? t('going.namedWaiting', { name: person.displayName })
                : person.displayName}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('going.noNames')}</p>
      )}
      {unnamed > 0 && named.length ? <p>{t('going.othersCounted', { count: unnamed })}</p> : null}
      <p className="ui-field__hint">{t('going.organiserNote')}</p>
    </div>
  );
}
