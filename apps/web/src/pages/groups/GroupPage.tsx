import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { GroupDetails } from '../../modules/groups/components/GroupDetails';
import { GroupQuery } from '../../modules/groups/graphql/group.query';

export function GroupPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const { data, loading, error, refetch } = useQuery(GroupQuery, {
    variables: { id: id ?? '' },
    skip: id === null,
  });

  if (id === null) return <NotFound message={t('group.notFound')} />;
  if (!data) {
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('group.loading')}
        notFoundMessage={t('group.notFound')}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <>
      <title>{t('app.pageTitle', { page: data.group.name })}</title>
      <GroupDetails group={data.group} />
    </>
  );
}
