import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { HelpPostFieldsFragment } from '../../../gql/graphql';
import { HelpPostStatus } from '../../../gql/graphql';
import { signInPathFor } from '../../account/utils/next-path';
import { HelpFormContextQuery } from '../../help/graphql/my-help.graphql';
import { isMyPost } from '../../help/utils/my-post';
import { RespondToHelpPostMutation } from '../graphql/exchange.graphql';
import { MessageForm } from './MessageForm';

/**
 * Answer a post with a first message, which starts a private conversation with its author (or its
 * group). Signed out: a way to sign in and come back. My own post: a way to my posts instead.
 */
export function RespondToPost({ post }: { post: HelpPostFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data, loading } = useQuery(HelpFormContextQuery);
  const [respond] = useMutation(RespondToHelpPostMutation);
  if (loading && !data) return null;
  const me = data?.me;

  // My own post (or my group's): nothing to offer or ask for, only where the responses go.
  if (me && isMyPost(post, me))
    return (
      <section className="page-section" aria-labelledby="respond-heading">
        <h2 id="respond-heading">{t('respond.yoursTitle')}</h2>
        <p>
          {t('respond.yours')} <Link to="/help/mine">{t('help.mine')}</Link>
        </p>
      </section>
    );

  let content;
  if (post.status !== HelpPostStatus.Open) content = <p>{t('respond.closed')}</p>;
  else if (!me)
    content = (
      <p>
        <Link className="button-link" to={signInPathFor(pathname)}>
          {t('respond.signIn')}
        </Link>
      </p>
    );
  else
    content = (
      <MessageForm
        label={t('respond.message')}
        hint={t('respond.hint')}
        submitLabel={t('respond.send')}
        sendingLabel={t('exchange.sending')}
        send={async (message) => {
          const result = await respond({ variables: { helpPostId: post.id, message } });
          if (result.data) void navigate(`/help/exchanges/${result.data.respondToHelpPost.id}`);
        }}
      />
    );
  return (
    <section className="page-section" aria-labelledby="respond-heading">
      <h2 id="respond-heading">
        {t(post.kind === 'OFFER' ? 'respond.titleOffer' : 'respond.titleRequest')}
      </h2>
      {content}
    </section>
  );
}
