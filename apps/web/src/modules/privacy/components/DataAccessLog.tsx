import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import { DataAccessLogQuery } from '../graphql/data-access-log.query';
import { describeAction, describeBasis } from '../utils/access-event';

const PAGE_SIZE = 20;

/** "Who looked at my data": every read or change by someone else, newest first, with their grounds. */
export function DataAccessLog() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const { data, loading, error, refetch, fetchMore } = useQuery(DataAccessLogQuery, {
    variables: { first: PAGE_SIZE },
  });
  const log = data?.me?.dataAccessLog;

  let content;
  if (loading && !data) content = <LoadingState label={t('privacy.log.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!log?.edges.length) content = <EmptyState>{t('privacy.log.empty')}</EmptyState>;
  else
    content = (
      <>
        <ol className="access-log">
          {log.edges.map(({ node }) => {
            const basis = describeBasis(node.basis, node.viaGroup?.name ?? null, t);
            return (
              <li key={node.id} className="access-log__entry">
                <p className="access-log__what">
                  <strong dir="auto">{node.actor?.displayName ?? t('privacy.log.someone')}</strong>{' '}
                  {describeAction(node.action, t)}
                </p>
                {basis ? <p className="access-log__detail">{basis}</p> : null}
                {node.purpose ? (
                  <p className="access-log__detail">
                    {t('privacy.log.purpose')} <span dir="auto">{node.purpose}</span>
                  </p>
                ) : null}
                <p className="access-log__when">
                  <time dateTime={node.at}>{format.dateTime(node.at)}</time>
                </p>
              </li>
            );
          })}
        </ol>
        <LoadMore
          pageInfo={log.pageInfo}
          loadAfter={(after) => fetchMore({ variables: { after } })}
        />
      </>
    );

  return (
    <section className="privacy-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.log.heading')}</h2>
      <p>{t('privacy.log.intro')}</p>
      {content}
    </section>
  );
}
