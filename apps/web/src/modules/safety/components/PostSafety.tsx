import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { HelpPostFieldsFragment } from '../../../gql/graphql';
import { HelpFormContextQuery } from '../../help/graphql/my-help.graphql';
import { isMyPost } from '../../help/utils/my-post';
import { concernPath } from '../utils/concern-link';
import { BlockPerson } from './BlockPerson';
import { ReportContent } from './ReportContent';

/**
 * "Something wrong?" under someone else's post: report it, block its author (a person; a group's
 * post has no one person to block), or raise a safeguarding concern with the lead.
 */
export function PostSafety({ post }: { post: HelpPostFieldsFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const { data } = useQuery(HelpFormContextQuery);
  const me = data?.me;
  if (!me || isMyPost(post, me)) return null;
  const author = post.authorPerson;
  return (
    <section className="page-section safety-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.section.heading')}</h2>
      <ReportContent kind="post" id={post.id} />
      {author ? (
        <BlockPerson
          personId={author.id}
          name={author.displayName}
          onBlocked={() => void navigate('/help', { state: { notice: 'blocked' } })}
        />
      ) : null}
      <p>
        <Link to={concernPath({ post: post.id, person: author?.id })}>
          {t('safety.section.concern')}
        </Link>
      </p>
    </section>
  );
}
