import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { RegisterDatesQuery, RegisterKeeperQuery } from '../graphql/register';
import { middayOf } from '../utils/check-in-code';

/**
 * On a session's page, for the organisers of its group (and admins): links to the register of each
 * date they can keep now. Shows nothing to anyone else.
 */
export function RegisterLinks({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const keeper = useQuery(RegisterKeeperQuery, { variables: { id: sessionId } });
  const me = keeper.data?.me;
  const groupId = keeper.data?.session.group.id;
  const keeps =
    !!me && (me.roles.includes('ADMIN') || me.organising.some((group) => group.id === groupId));
  const { data } = useQuery(RegisterDatesQuery, { variables: { sessionId }, skip: !keeps });
  if (!keeps || !data) return null;
  return (
    <section className="register-links" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checkIn.links.heading')}</h2>
      {data.registerDates.length === 0 ? (
        <p>{t('checkIn.links.none')}</p>
      ) : (
        <ul>
          {data.registerDates.map((date) => (
            <li key={date.occursOn}>
              <Link to={`/sessions/${sessionId}/register/${date.occursOn}`}>
                {t('checkIn.links.take', { date: format.date(middayOf(date.occursOn)) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
