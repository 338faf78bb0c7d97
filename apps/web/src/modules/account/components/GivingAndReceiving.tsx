import { useQuery } from '@apollo/client/react';
import { LoadingState } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { MyGivingQuery } from '../graphql/giving.query';

/**
 * How often I have helped and been helped, for my eyes: both count, and both are good. The API
 * keeps these counts private (a Person's private field); nothing here is shown on posts.
 */
export function GivingAndReceiving() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(MyGivingQuery);

  let content;
  if (loading && !data) content = <LoadingState label={t('account.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (data?.me) {
    const given = data.me.person.helpGiven ?? 0;
    const received = data.me.person.helpReceived ?? 0;
    content = (
      <>
        <p>
          {given === 0 && received === 0
            ? t('account.giving.none')
            : t('account.giving.summary', {
                given: t('account.giving.times', { count: given }),
                received: t('account.giving.times', { count: received }),
              })}
        </p>
        <p>{t('account.giving.reciprocity')}</p>
        <p>{t('account.giving.private')}</p>
      </>
    );
  }
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.giving.heading')}</h2>
      {content}
    </section>
  );
}
