import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { GroupForm } from '../../modules/groups/components/GroupForm';
import { CreateGroupMutation } from '../../modules/groups/graphql/organise.graphql';
import { EMPTY_GROUP } from '../../modules/groups/utils/group-draft';

function NewGroup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createGroup] = useMutation(CreateGroupMutation);
  return (
    <GroupForm
      initial={EMPTY_GROUP}
      submitLabel={t('organise.form.create')}
      busyLabel={t('organise.form.creating')}
      onSubmit={async (input) => {
        const { data } = await createGroup({ variables: { input } });
        if (data) void navigate(`/groups/${data.createGroup.slug}`);
      }}
    />
  );
}

/** `/groups/new`: start a group; its creator becomes its first organiser. */
export function NewGroupPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('organise.new.title') })}</title>
      <header className="page-header">
        <h1>{t('organise.new.title')}</h1>
        <p className="lead">{t('organise.new.intro')}</p>
      </header>
      <RequireSignIn>
        <NewGroup />
      </RequireSignIn>
    </>
  );
}
