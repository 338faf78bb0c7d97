import { ModerationState, ModerationSubjectKind, RiskMatch } from '@village/shared';
import type { EntityManager } from 'typeorm';
import { ModerationItemEntity } from './moderation-item.entity';

export interface ReviewSubject {
  kind: ModerationSubjectKind;
  /** The help post's or the message's id. */
  id: string;
  /** The group whose post (or whose post's exchange) it is, for its organisers. */
  groupId: string | null;
  authorPersonId: string | null;
}

/** What review needs of a help post (help is a feature above screening, so it is not imported). */
interface PostToReview {
  id: string;
  authorGroupId: string | null;
  authorPersonId: string | null;
}

/** A help post as a subject for review: its group's organisers moderate it. */
export function postReviewSubject(post: PostToReview): ReviewSubject {
  return {
    kind: ModerationSubjectKind.HELP_POST,
    id: post.id,
    groupId: post.authorGroupId,
    authorPersonId: post.authorPersonId,
  };
}

/** A message as a subject for review: the organisers of the group whose post it is about moderate it. */
export function messageReviewSubject(
  message: { id: string; authorPersonId: string },
  post: Pick<PostToReview, 'authorGroupId'>,
): ReviewSubject {
  return {
    kind: ModerationSubjectKind.EXCHANGE_MESSAGE,
    id: message.id,
    groupId: post.authorGroupId,
    authorPersonId: message.authorPersonId,
  };
}

/** Puts a queue item back in the queue, undecided (the caller saves it). */
export function reopen(item: ModerationItemEntity): void {
  item.state = ModerationState.PENDING;
  item.decidedAt = null;
  item.decidedByPersonId = null;
}

const subjectColumn = (kind: ModerationSubjectKind) =>
  kind === ModerationSubjectKind.HELP_POST ? 'helpPostId' : 'exchangeMessageId';

/**
 * The queue item for a post or message, created if it has none yet, locked for the caller's
 * transaction so a report and a decision never cross.
 */
export async function moderationItemFor(
  manager: EntityManager,
  subject: ReviewSubject,
): Promise<ModerationItemEntity> {
  const column = subjectColumn(subject.kind);
  await manager
    .createQueryBuilder()
    .insert()
    .into(ModerationItemEntity)
    .values({
      subjectKind: subject.kind,
      [column]: subject.id,
      groupId: subject.groupId,
      authorPersonId: subject.authorPersonId,
    })
    .orIgnore()
    .execute();
  return manager
    .getRepository(ModerationItemEntity)
    .createQueryBuilder('i')
    .setLock('pessimistic_write')
    .where(`i.${column === 'helpPostId' ? 'help_post_id' : 'exchange_message_id'} = :id`, {
      id: subject.id,
    })
    .getOneOrFail();
}

/**
 * Puts a post or message that screening held into the moderation queue, inside the caller's
 * transaction (the caller has already saved it as HELD), with the rules that matched.
 */
export async function holdForReview(
  manager: EntityManager,
  subject: ReviewSubject,
  matches: readonly RiskMatch[],
): Promise<void> {
  const item = await moderationItemFor(manager, subject);
  reopen(item);
  item.screening = [...matches];
  await manager.save(item);
}
