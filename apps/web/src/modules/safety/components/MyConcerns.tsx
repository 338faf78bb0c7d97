import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { MySafeguardingConcernsQuery } from '../graphql/safety.graphql';

/** Concerns I raised, newest first: my own words and where each stands (never the lead's notes). */
export function MyConcerns() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(MySafeguardingConcernsQuery);

  let content;
  if (loading && !data) content = <LoadingState label={t('safety.mine.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data?.mySafeguardingConcerns.length)
    content = <EmptyState>{t('safety.mine.none')}</EmptyState>;
  else
    content = (
      <ul className="concern-list">
        {data.mySafeguardingConcerns.map((concern) => (
          <li key={concern.id} className="concern-list__item">
            <p>
              <span className={`status status--${concern.status.toLowerCase()}`}>
                {t(`safety.concernStatus.${concern.status}`)}
              </span>{' '}
              <span className="concern-list__meta">
                {t('safety.mine.raisedOn', { date: format.date(concern.createdAt) })}
              </span>
            </p>
            <p className="concern-list__text" dir="auto">
              {concern.concern}
            </p>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.mine.heading')}</h2>
      <p className="form__note">{t('safety.mine.intro')}</p>
      {content}
    </section>
  );
}
