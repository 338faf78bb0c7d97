import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { OrganiserSessionPage } from '../../modules/sessions/components/OrganiserSessionPage';
import { OrganisersOnly } from '../../modules/sessions/components/OrganisersOnly';
import { SessionDatesManager } from '../../modules/sessions/components/SessionDatesManager';
import { SessionDatesQuery } from '../../modules/sessions/graphql/publish.graphql';

const SHOWN = 12;

function SessionDates({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SessionDatesQuery, {
    variables: { id, count: SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  if (!data)
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('publish.dates.loading')}
        notFoundMessage={t('session.notFound')}
        onRetry={() => void refetch()}
      />
    );
  const { session } = data;
  return (
    <OrganisersOnly groupId={session.group.id}>
      <p className="lead">
        <Link to={`/sessions/${id}`}>{session.title}</Link>
      </p>
      <SessionDatesManager
        sessionId={id}
        dates={session.occurrences}
        startTime={session.startTime}
        durationMinutes={session.durationMinutes}
      />
    </OrganisersOnly>
  );
}

export function SessionDatesPage() {
  const { t } = useTranslation();
  return (
    <OrganiserSessionPage title={t('publish.dates.title')}>
      {(id) => <SessionDates id={id} />}
    </OrganiserSessionPage>
  );
}
