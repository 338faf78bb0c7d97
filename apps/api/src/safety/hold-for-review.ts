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
  item.state = ModerationState.PENDING;
  item.screening = [...matches];
  item.decidedAt = null;
  item.decidedByPersonId = null;
  await manager.save(item);
}
