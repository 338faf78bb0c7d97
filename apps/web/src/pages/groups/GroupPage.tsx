import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { GroupDetails } from '../../modules/groups/components/GroupDetails';
import { GroupQuery } from '../../modules/groups/graphql/group.query';
import { GroupPartnerships } from '../../modules/partnerships/components/GroupPartnerships';
import { OrganiserSessionLinks } from '../../modules/sessions/components/OrganiserSessionLinks';
import { MembershipPanel } from '../../modules/groups/components/MembershipPanel';
import { OrganiserPanel } from '../../modules/groups/components/OrganiserPanel';
import { MembershipRole } from '../../gql/graphql';

/** A group's slug as the API makes them (`bumps-and-babies`): its calendar feed's address uses it. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A group by id (`/groups/<id>`) or by slug (`/groups/bumps-and-babies`). */
export function GroupPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const { id: param = '' } = useParams();
  const slug = id === null && SLUG.test(param) ? param : null;
  const { data, loading, error, refetch } = useQuery(GroupQuery, {
    variables: id !== null ? { id } : { slug: slug ?? '' },
    skip: id === null && slug === null,
  });

  if (id === null && slug === null) return <NotFound message={t('group.notFound')} />;
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
  const { group } = data;
  return (
    <>
      <title>{t('app.pageTitle', { page: group.name })}</title>
      <GroupDetails group={group}>
        <MembershipPanel group={group} />
      </GroupDetails>
      {group.viewerRole === MembershipRole.Organiser ? (
        <OrganiserPanel group={group}>
          <OrganiserSessionLinks groupId={group.id} />
        </OrganiserPanel>
      ) : null}
      <GroupPartnerships groupId={group.id} />
    </>
  );
}
