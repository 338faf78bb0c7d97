import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SessionDetails } from '../../modules/discover/components/SessionDetails';
import { SessionQuery } from '../../modules/discover/graphql/session.query';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';

export function SessionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SessionQuery, { variables: { id } });

  if (!data) {
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('session.loading')}
        notFoundMessage={t('session.notFound')}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <>
      <title>{t('app.pageTitle', { page: data.session.title })}</title>
      <SessionDetails session={data.session} />
    </>
  );
}
