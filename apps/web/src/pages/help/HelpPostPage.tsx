import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { RespondToPost } from '../../modules/exchanges/components/RespondToPost';
import { HelpPostCard } from '../../modules/help/components/HelpPostCard';
import { HelpPostQuery } from '../../modules/help/graphql/help-posts.query';

export function HelpPostPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HelpPostQuery, { variables: { id } });
  if (!data)
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('helpPost.loading')}
        notFoundMessage={t('helpPost.notFound')}
        onRetry={() => void refetch()}
      />
    );
  const post = data.helpPost;
  return (
    <>
      <title>{t('app.pageTitle', { page: post.title })}</title>
      <HelpPostCard post={post} linked={false} headingLevel={1} />
      <RespondToPost post={post} />
    </>
  );
}
