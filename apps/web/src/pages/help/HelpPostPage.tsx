import { useQuery } from '@apollo/client/react';
import { ContentModeration, HelpPostStatus } from '../../gql/graphql';
import { Notice } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { RespondToPost } from '../../modules/exchanges/components/RespondToPost';
import { HelpMatches } from '../../modules/help/components/HelpMatches';
import { HelpPostCard } from '../../modules/help/components/HelpPostCard';
import {
  HelpPostQuery,
  HelpPostStatusChangedSubscription,
} from '../../modules/help/graphql/help-posts.query';
import { HelpFormContextQuery } from '../../modules/help/graphql/my-help.graphql';
import { isMyPost } from '../../modules/help/utils/my-post';
import { useCatchUpSubscription } from '../../modules/live/hooks/useCatchUpSubscription';
import { PostSafety } from '../../modules/safety/components/PostSafety';

export function HelpPostPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const { data, loading, error, refetch } = useQuery(HelpPostQuery, {
    variables: { id: id ?? '' },
    skip: id === null,
  });
  // Who I am (the same query RespondToPost asks): on my own open post, who might fit.
  const { data: context } = useQuery(HelpFormContextQuery, { skip: id === null });
  const [changed, setChanged] = useState<string | null>(null);
  // Matched, fulfilled, withdrawn or expired while the page is open: the status (and whether one
  // can still respond) changes in place, and is said.
  useCatchUpSubscription(HelpPostStatusChangedSubscription, {
    liveCursor: data?.liveCursor,
    variables: { areaCell: data?.helpPost.areaCell ?? '' },
    skip: !data,
    onEvent: ({ helpPost }) => {
      if (helpPost.id === id)
        setChanged(t('helpPost.statusNow', { status: t(`helpStatus.${helpPost.status}`) }));
    },
  });
  if (id === null) return <NotFound message={t('helpPost.notFound')} />;
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
  const me = context?.me;
  const matchable =
    me &&
    isMyPost(post, me) &&
    post.status === HelpPostStatus.Open &&
    post.moderation === ContentModeration.Visible;
  return (
    <>
      <title>{t('app.pageTitle', { page: post.title })}</title>
      <Notice>{changed}</Notice>
      <HelpPostCard post={post} linked={false} headingLevel={1} />
      <RespondToPost post={post} />
      {matchable ? <HelpMatches post={post} profileLanguages={me.person.languages ?? []} /> : null}
      <PostSafety post={post} />
    </>
  );
}
