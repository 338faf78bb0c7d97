import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { SpaceDetails } from '../../modules/spaces/components/SpaceDetails';
import { SpaceQuery } from '../../modules/spaces/graphql/space.query';

export function SpacePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SpaceQuery, { variables: { id } });

  if (!data) {
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('space.loading')}
        notFoundMessage={t('space.notFound')}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <>
      <title>{t('app.pageTitle', { page: data.space.name })}</title>
      <SpaceDetails space={data.space} />
    </>
  );
}
