import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpPostFieldsFragment } from '../../../gql/graphql';
import { HelpPostStatus } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { LoadMore } from '../../pagination/components/LoadMore';
import { MyHelpPostsQuery, WithdrawHelpPostMutation } from '../graphql/my-help.graphql';
import { HelpPostCard } from './HelpPostCard';

/** Posts that can still be taken down: open, or matched and not yet fulfilled. */
const WITHDRAWABLE = new Set<HelpPostStatus>([HelpPostStatus.Open, HelpPostStatus.Matched]);

/** Withdraw, after saying what it does: a second, explicit press. */
function WithdrawPost({ post }: { post: HelpPostFieldsFragment }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [withdraw, { loading, error }] = useMutation(WithdrawHelpPostMutation);
  if (!asking)
    return (
      <div className="section-actions">
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t('myHelp.withdraw')}
        </Button>
      </div>
    );
  return (
    <div className="confirm" role="group" aria-label={t('myHelp.withdrawQuestion')}>
      <p>{t('myHelp.withdrawExplained')}</p>
      <div className="section-actions">
        <Button
          variant="danger"
          aria-busy={loading || undefined}
          onClick={() =>
            void withdraw({ variables: { id: post.id } }).then(
              () => setAsking(false),
              () => undefined,
            )
          }
        >
          {t('myHelp.withdrawConfirm')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('myHelp.keep')}
        </Button>
      </div>
      <ActionError error={error} />
    </div>
  );
}

/** My posts and my groups' posts, newest first, whatever their state; open ones can be withdrawn. */
export function MyHelpPosts() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyHelpPostsQuery, {
    variables: { first: 20 },
  });
  if (loading && !data) return <LoadingState label={t('myHelp.loadingPosts')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const posts = data?.myHelpPosts.edges ?? [];
  if (!posts.length)
    return (
      <EmptyState>
        {t('myHelp.noPosts')} <Link to="/help/new">{t('help.newPost')}</Link>
      </EmptyState>
    );
  return (
    <>
      <ul className="card-grid">
        {posts.map(({ node }) => (
          <li key={node.id}>
            <HelpPostCard post={node} headingLevel={3}>
              {WITHDRAWABLE.has(node.status) ? <WithdrawPost post={node} /> : null}
            </HelpPostCard>
          </li>
        ))}
      </ul>
      <LoadMore
        pageInfo={data?.myHelpPosts.pageInfo}
        loadAfter={(after) => fetchMore({ variables: { after } })}
      />
    </>
  );
}
