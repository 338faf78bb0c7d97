import { ContentModeration, ModerationState } from '@village/shared';
import type { DataSource } from 'typeorm';

/** What was taken down: a post or a message. */
export type RemovedSubject =
  | { helpPostId: string; moderation: ContentModeration }
  | { exchangeMessageId: string; moderation: ContentModeration };

/**
 * What the moderator told the author when taking their post or message down, or null (not removed,
 * or nothing said). Only the author's side can read a removed post or message at all, so whoever
 * reaches the field may read the note.
 */
export async function removalNoteOf(
  dataSource: DataSource,
  subject: RemovedSubject,
): Promise<string | null> {
  if (subject.moderation !== ContentModeration.REMOVED) return null;
  const [column, id] =
    'helpPostId' in subject
      ? ['help_post_id', subject.helpPostId]
      : ['exchange_message_id', subject.exchangeMessageId];
  const [row] = await dataSource.query<{ note: string | null }[]>(
    `SELECT decision_note AS note FROM moderation_item
      WHERE ${column} = $1 AND state = $2 ORDER BY decided_at DESC LIMIT 1`,
    [id, ModerationState.REMOVED],
  );
  return row?.note ?? null;
}
