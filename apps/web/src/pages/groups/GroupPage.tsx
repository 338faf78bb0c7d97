import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { GroupDetails } from '../../modules/groups/components/GroupDetails';
import { GroupQuery } from '../../modules/groups/graphql/group.query';

export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GroupQuery, { variables: { id } });

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
