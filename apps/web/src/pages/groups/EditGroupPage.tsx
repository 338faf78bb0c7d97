import { useMutation, useQuery } from '@apollo/client/react';
import { Notice } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { ArchiveGroup } from '../../modules/groups/components/ArchiveGroup';
import { GroupForm } from '../../modules/groups/components/GroupForm';
import { EditGroupQuery, UpdateGroupMutation } from '../../modules/groups/graphql/organise.graphql';
import { draftOf } from '../../modules/groups/utils/group-draft';
import { MembershipRole } from '../../gql/graphql';

function EditGroup({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState('');
  const { data, loading, error, refetch } = useQuery(EditGroupQuery, { variables: { slug } });
  const [updateGroup] = useMutation(UpdateGroupMutation);
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
  if (group.viewerRole !== MembershipRole.Organiser)
    return <p className="ui-state ui-state--error">{t('organise.edit.onlyOrganisers')}</p>;
  return (
    <>
      <p>
        <Link to={`/groups/${group.slug}`}>{t('organise.edit.back', { name: group.name })}</Link>
      </p>
      <GroupForm
        key={group.id}
        initial={draftOf(group)}
        submitLabel={t('organise.form.save')}
        busyLabel={t('organise.form.saving')}
        onSubmit={async (input) => {
          setSaved('');
          await updateGroup({ variables: { id: group.id, input } });
          setSaved(t('organise.edit.saved'));
        }}
      />
      <Notice>{saved}</Notice>
      <ArchiveGroup group={group} />
    </>
  );
}

/** `/groups/:slug/edit`: a group's organisers change it, archive it or bring it back. */
export function EditGroupPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('organise.edit.title') })}</title>
      <header className="page-header">
        <h1>{t('organise.edit.title')}</h1>
      </header>
      <RequireSignIn>
        <EditGroup slug={slug} />
      </RequireSignIn>
    </>
  );
}
