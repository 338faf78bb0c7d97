import { useQuery } from '@apollo/client/react';
import { LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { QueryError } from '../../modules/errors/components/QueryError';
import { HelpPostForm } from '../../modules/help/components/HelpPostForm';
import { HelpFormContextQuery } from '../../modules/help/graphql/my-help.graphql';
import { isHelpKind } from '../../modules/help/utils/help-filters';

function NewHelpPost() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const { data, loading, error, refetch } = useQuery(HelpFormContextQuery);
  if (loading && !data) return <LoadingState label={t('helpForm.loading')} />;
  if (!data?.me) return <QueryError error={error} onRetry={() => void refetch()} />;
  return <HelpPostForm me={data.me} kind={isHelpKind(kind) ? kind : ''} />;
}

export function NewHelpPostPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('helpForm.title') })}</title>
      <header className="page-header">
        <h1>{t('helpForm.title')}</h1>
        <p className="lead">{t('helpForm.intro')}</p>
      </header>
      <RequireSignIn>
        <NewHelpPost />
      </RequireSignIn>
    </>
  );
}
