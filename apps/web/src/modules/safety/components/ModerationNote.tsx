import { useTranslation } from 'react-i18next';
import { ContentModeration } from '../../../gql/graphql';
import { isolate } from '../../locale/utils/format';

export interface ModerationNoteProps {
  moderation: ContentModeration;
  /** What is held or removed: only its author's side ever sees it in that state. */
  kind: 'post' | 'message';
  /** For a message, who it was meant for. */
  otherName?: string;
  /** What the moderator said when taking it down. */
  removalNote?: string | null;
}

/**
 * Tells the author that what they wrote is waiting for a moderator, or was taken down: nobody
 * else sees it, so without this they would think it had reached people.
 */
export function ModerationNote({
  moderation,
  kind,
  otherName = '',
  removalNote = null,
}: ModerationNoteProps) {
  const { t } = useTranslation();
  if (moderation === ContentModeration.Visible) return null;
  const state = moderation === ContentModeration.Held ? 'held' : 'removed';
  return (
    <p className={`moderation-note moderation-note--${state}`}>
      {t(`safety.moderationNote.${state}.${kind}`, { name: isolate(otherName) })}
      {removalNote ? (
        <>
          {' '}
          {t('safety.moderationNote.said')} <q dir="auto">{removalNote}</q>
        </>
      ) : null}
    </p>
  );
}
