import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { SpaceDetails } from '../../modules/spaces/components/SpaceDetails';
import { SpaceQuery } from '../../modules/spaces/graphql/space.query';
import { SpaceStewardship } from '../../modules/spaces/components/SpaceStewardship';

export function SpacePage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const { data, loading, error, refetch } = useQuery(SpaceQuery, {
    variables: { id: id ?? '' },
    skip: id === null,
  });

  if (id === null) return <NotFound message={t('space.notFound')} />;
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
      <SpaceStewardship spaceId={data.space.id} />
    </>
  );
}
