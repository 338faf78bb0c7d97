import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpPostFieldsFragment } from '../../../gql/graphql';
import { HelpPostStatus } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { LoadMore } from '../../pagination/components/LoadMore';
import { GroupExchangesQuery, MyExchangesQuery } from '../../exchanges/graphql/exchange.graphql';
import { MyHelpPostsQuery, WithdrawHelpPostMutation } from '../graphql/my-help.graphql';
import { HelpPostCard } from './HelpPostCard';

/** Posts that can still be taken down: open, or matched and not yet fulfilled. */
const WITHDRAWABLE = new Set<HelpPostStatus>([HelpPostStatus.Open, HelpPostStatus.Matched]);

/** Withdraw, after saying what it does: a second, explicit press. */
function WithdrawPost({ post }: { post: HelpPostFieldsFragment }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  // Withdrawing calls off the post's conversations: the exchange lists on this page ask again.
  const [withdraw, { loading, error }] = useMutation(WithdrawHelpPostMutation, {
    refetchQueries: [MyExchangesQuery, GroupExchangesQuery],
  });
  const start = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLDivElement>(null);
  useFocusOnToggle(asking, question, start);
  if (!asking)
    return (
      <div className="section-actions">
        <Button ref={start} variant="secondary" onClick={() => setAsking(true)}>
          {t('myHelp.withdraw')}
        </Button>
      </div>
    );
  return (
    <ConfirmStep
      question={t('myHelp.withdrawQuestion')}
      focusRef={question}
      confirmLabel={t('myHelp.withdrawConfirm')}
      cancelLabel={t('myHelp.keep')}
      onConfirm={() =>
        void withdraw({ variables: { id: post.id } }).then(
          () => setAsking(false),
          () => undefined,
        )
      }
      onCancel={() => setAsking(false)}
      busy={loading}
      error={error}
    >
      <p>{t('myHelp.withdrawExplained')}</p>
    </ConfirmStep>
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
