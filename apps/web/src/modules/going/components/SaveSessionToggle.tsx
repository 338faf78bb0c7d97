import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../errors/components/ActionError';
import {
  GoingViewerQuery,
  SaveSessionMutation,
  UnsaveSessionMutation,
} from '../graphql/going.graphql';

export interface SaveSessionToggleProps {
  sessionId: string;
  /** Tells the page's live region what changed. */
  onChanged: (message: string) => void;
}

/** "Save for later" / "Saved": a toggle button (aria-pressed) over my saved sessions. */
export function SaveSessionToggle({ sessionId, onChanged }: SaveSessionToggleProps) {
  const { t } = useTranslation();
  const { data } = useQuery(GoingViewerQuery);
  const options = { refetchQueries: ['GoingViewer'], awaitRefetchQueries: true };
  const [save, saving] = useMutation(SaveSessionMutation, options);
  const [unsave, unsaving] = useMutation(UnsaveSessionMutation, options);
  const saved = data?.me?.savedSessions.some((session) => session.id === sessionId) ?? false;
  const busy = saving.loading || unsaving.loading;
  return (
    <div className="going-save">
      <Button
        variant="secondary"
        aria-pressed={saved}
        disabled={busy || !data}
        onClick={() =>
          void (saved ? unsave : save)({ variables: { sessionId } }).then(
            () => onChanged(t(saved ? 'going.unsavedAnnouncement' : 'going.savedAnnouncement')),
            () => undefined,
          )
        }
      >
        {saved ? t('going.saved') : t('going.save')}
      </Button>
      <ActionError error={saving.error ?? unsaving.error} />
    </div>
  );
}
