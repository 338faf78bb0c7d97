import { Card, Facts, type Fact } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpPostsQuery } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

type HelpPost = HelpPostsQuery['helpPosts']['edges'][number]['node'];

/** One offer or request. Offers and requests look alike on purpose: asking is as welcome as giving. */
export function HelpPostCard({ post }: { post: HelpPost }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();

  const author = post.authorGroup ? (
    <Link to={`/groups/${post.authorGroup.id}`}>
      <bdi>{post.authorGroup.name}</bdi>
    </Link>
  ) : (
    post.authorPerson && <bdi>{post.authorPerson.displayName}</bdi>
  );
  const facts: Fact[] = [{ term: t('help.category'), details: t(`helpCategory.${post.category}`) }];
  if (post.availability)
    facts.push({ term: t('help.availability'), details: <bdi>{post.availability}</bdi> });
  if (post.quantity != null) facts.push({ term: t('help.quantity'), details: post.quantity });
  if (author) facts.push({ term: t('help.postedBy'), details: author });
  facts.push({
    term: t('help.postedOn'),
    details: <time dateTime={post.createdAt}>{format.date(post.createdAt)}</time>,
  });

  return (
    <Card className={`help-post help-post--${post.kind.toLowerCase()}`} labelledBy={headingId}>
      <p className="help-post__kind">{t(`helpKind.${post.kind}`)}</p>
      <h2 id={headingId} className="card-title" dir="auto">
        {post.title}
      </h2>
      {post.description ? (
        <p className="card-description" dir="auto">
          {post.description}
        </p>
      ) : null}
      <Facts items={facts} />
    </Card>
  );
}
