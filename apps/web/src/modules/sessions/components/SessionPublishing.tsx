import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SessionDatesQuery } from '../graphql/publish.graphql';
import { useOrganises } from '../hooks/useOrganises';
import { DateChangeNote } from './DateChangeNote';
import { SessionDateText } from './SessionDateText';

const LOOK_AHEAD = 10;

/**
 * On a session's page: the next dates the organisers changed (called off with their reason, or
 * moved), for everyone; and for its organisers, links to edit it and manage its dates.
 */
export function SessionPublishing({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(SessionDatesQuery, {
    variables: { id: sessionId, count: LOOK_AHEAD },
    fetchPolicy: 'cache-and-network',
  });
  const { organises } = useOrganises(data?.session.group.id);
  const changed = (data?.session.occurrences ?? []).filter(
    (date) => date.cancelled || date.movedFrom,
  );
  return (
    <>
      {changed.length ? (
        <section className="date-changes" aria-labelledby="date-changes-heading">
          <h2 id="date-changes-heading">{t('publish.dates.changesHeading')}</h2>
          <ul className="plain-list">
            {changed.map((date) => (
              <li key={date.occursOn}>
                <SessionDateText date={date} />
                <DateChangeNote date={date} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {organises ? (
        <nav className="organiser-links" aria-label={t('publish.organiserLinks')}>
          <Link className="ui-button ui-button--secondary" to={`/sessions/${sessionId}/edit`}>
            {t('publish.editSession')}
          </Link>
          <Link className="ui-button ui-button--secondary" to={`/sessions/${sessionId}/dates`}>
            {t('publish.manageDates')}
          </Link>
        </nav>
      ) : null}
    </>
  );
}
