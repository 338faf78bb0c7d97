import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { GoingViewerQuery, UnsaveSessionMutation } from '../graphql/going.graphql';

/** Sessions I saved for later, newest first, each with a way to remove it. */
export function SavedSessions() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(GoingViewerQuery);
  const [unsave, unsaving] = useMutation(UnsaveSessionMutation, {
    refetchQueries: ['GoingViewer'],
    awaitRefetchQueries: true,
  });
  if (loading && !data) return <LoadingState label={t('going.upcoming.loadingSaved')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const saved = data?.me?.savedSessions ?? [];
  if (!saved.length) return <EmptyState>{t('going.upcoming.noSaved')}</EmptyState>;
  return (
    <>
      <ul className="plain-list going-upcoming">
        {saved.map((session) => (
          <li key={session.id}>
            <h3>
              <Link to={`/sessions/${session.id}`} dir="auto">
                {session.title}
              </Link>
            </h3>
            <div className="section-actions">
              <Button
                variant="secondary"
                disabled={unsaving.loading}
                aria-label={t('going.upcoming.unsaveTitle', { title: session.title })}
                onClick={() =>
                  void unsave({ variables: { sessionId: session.id } }).catch(() => undefined)
                }
              >
                {t('going.upcoming.unsave')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <ActionError error={unsaving.error} />
    </>
  );
}
