import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SessionDetails } from '../../modules/discover/components/SessionDetails';
import { SessionQuery } from '../../modules/discover/graphql/session.query';
import { GoingPanel } from '../../modules/going/components/GoingPanel';
import { RegisterLinks } from '../../modules/check-in/components/RegisterLinks';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { SessionPublishing } from '../../modules/sessions/components/SessionPublishing';

export function SessionPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const { data, loading, error, refetch } = useQuery(SessionQuery, {
    variables: { id: id ?? '' },
    skip: id === null,
  });

  if (id === null) return <NotFound message={t('session.notFound')} />;
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
      <GoingPanel sessionId={data.session.id} />
      <SessionPublishing sessionId={data.session.id} />
      <RegisterLinks sessionId={data.session.id} />
    </>
  );
}
