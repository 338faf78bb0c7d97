import { Card, Facts, type Fact } from '@village/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpPostFieldsFragment } from '../../../gql/graphql';
import { ContentModeration, HelpPostStatus } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { ModerationNote } from '../../safety/components/ModerationNote';
import { slotsByDay } from '../utils/availability';

export interface HelpPostCardProps {
  post: HelpPostFieldsFragment;
  /** Arrived while the board was open. */
  isNew?: boolean;
  /** The title is a link to the post's page (not on that page itself). */
  linked?: boolean;
  /** The heading's level: 1 on the post's own page, 2 on lists under the page heading, 3 under a section's. */
  headingLevel?: 1 | 2 | 3;
  children?: ReactNode;
}

/** One offer or request. Offers and requests look alike on purpose: asking is as welcome as giving. */
export function HelpPostCard({
  post,
  isNew = false,
  linked = true,
  headingLevel = 2,
  children,
}: HelpPostCardProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;

  const author = post.authorGroup ? (
    <Link to={`/groups/${post.authorGroup.id}`}>
      <bdi>{post.authorGroup.name}</bdi>
    </Link>
  ) : (
    post.authorPerson && <bdi>{post.authorPerson.displayName}</bdi>
  );
  const facts: Fact[] = [{ term: t('help.category'), details: t(`helpCategory.${post.category}`) }];
  const days = slotsByDay(post.availabilitySlots);
  if (days.length)
    facts.push({
      term: t('help.freeOn'),
      details: format.list(
        days.map(({ weekday, parts }) =>
          t('help.dayParts', {
            day: format.weekday(weekday),
            parts: format.list(parts.map((part) => t(`partOfDay.${part}`))),
          }),
        ),
      ),
    });
  if (post.availability)
    facts.push({ term: t('help.availability'), details: <bdi>{post.availability}</bdi> });
  if (post.languages.length)
    facts.push({
      term: t('help.languages'),
      details: format.list(post.languages.map((code) => format.languageName(code))),
    });
  if (post.quantity != null) facts.push({ term: t('help.quantity'), details: post.quantity });
  if (author) facts.push({ term: t('help.postedBy'), details: author });
  facts.push({
    term: t('help.postedOn'),
    details: <time dateTime={post.createdAt}>{format.date(post.createdAt)}</time>,
  });
  if (post.expiresAt && post.status === HelpPostStatus.Open)
    facts.push({
      term: t('help.openUntil'),
      details: <time dateTime={post.expiresAt}>{format.date(post.expiresAt)}</time>,
    });

  // A moderator's removal also withdraws the post: its author is told who took it down, not
  // "Withdrawn" as if they had done it themselves.
  const status =
    post.moderation === ContentModeration.Removed
      ? t('help.removedByModerator')
      : post.status !== HelpPostStatus.Open
        ? t(`helpStatus.${post.status}`)
        : null;

  return (
    <Card className={`help-post help-post--${post.kind.toLowerCase()}`} labelledBy={headingId}>
      <p className="help-post__kind">
        {t(`helpKind.${post.kind}`)}
        {isNew ? <span className="help-post__badge">{t('help.new')}</span> : null}
        {status ? (
          <span className="help-post__badge help-post__badge--status">{status}</span>
        ) : null}
      </p>
      <Heading id={headingId} className="card-title" dir="auto">
        {linked ? <Link to={`/help/posts/${post.id}`}>{post.title}</Link> : post.title}
      </Heading>
      {post.description ? (
        <p className="card-description" dir="auto">
          {post.description}
        </p>
      ) : null}
      <ModerationNote moderation={post.moderation} kind="post" removalNote={post.removalNote} />
      <Facts items={facts} />
      {children}
    </Card>
  );
}
