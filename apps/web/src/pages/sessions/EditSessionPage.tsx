import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { DeleteSession } from '../../modules/sessions/components/DeleteSession';
import { OrganiserSessionPage } from '../../modules/sessions/components/OrganiserSessionPage';
import { OrganisersOnly } from '../../modules/sessions/components/OrganisersOnly';
import { SessionForm } from '../../modules/sessions/components/SessionForm';
import { SessionToEditQuery } from '../../modules/sessions/graphql/publish.graphql';
import { draftOfSession } from '../../modules/sessions/utils/session-draft';

function EditSession({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SessionToEditQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (!data)
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('session.loading')}
        notFoundMessage={t('session.notFound')}
        onRetry={() => void refetch()}
      />
    );
  const { session } = data;
  return (
    <OrganisersOnly groupId={session.group.id}>
      <p className="lead">
        {t('publish.editIntro', { title: session.title, group: session.group.name })}
      </p>
      <SessionForm initial={draftOfSession(session)} target={{ sessionId: id }} />
      <DeleteSession sessionId={id} groupId={session.group.id} />
    </OrganisersOnly>
  );
}

export function EditSessionPage() {
  const { t } = useTranslation();
  return (
    <OrganiserSessionPage title={t('publish.editTitle')}>
      {(id) => <EditSession id={id} />}
    </OrganiserSessionPage>
  );
}
