import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveGroupMutation, UnarchiveGroupMutation } from '../graphql/organise.graphql';
import { AskThenConfirm } from './AskThenConfirm';

/** Archive the group, or bring it back, after saying what that does. */
export function ArchiveGroup({ group }: { group: { id: string; archivedAt?: string | null } }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [archive, archiving] = useMutation(ArchiveGroupMutation);
  const [unarchive, unarchiving] = useMutation(UnarchiveGroupMutation);
  const archived = Boolean(group.archivedAt);
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organise.archive.heading')}</h2>
      <p>{archived ? t('organise.archive.isArchived') : t('organise.archive.explained')}</p>
      {archived ? (
        <AskThenConfirm
          label={t('organise.archive.unarchive')}
          question={t('organise.archive.unarchiveQuestion')}
          confirmLabel={t('organise.archive.unarchiveConfirm')}
          cancelLabel={t('organise.archive.cancel')}
          onConfirm={() => unarchive({ variables: { id: group.id } })}
          busy={unarchiving.loading}
          error={unarchiving.error}
        >
          <p>{t('organise.archive.unarchiveExplained')}</p>
        </AskThenConfirm>
      ) : (
        <AskThenConfirm
          label={t('organise.archive.archive')}
          question={t('organise.archive.archiveQuestion')}
          confirmLabel={t('organise.archive.archiveConfirm')}
          cancelLabel={t('organise.archive.cancel')}
          onConfirm={() => archive({ variables: { id: group.id } })}
          busy={archiving.loading}
          error={archiving.error}
          variant="danger"
        >
          <p>{t('organise.archive.explained')}</p>
        </AskThenConfirm>
      )}
    </section>
  );
}
