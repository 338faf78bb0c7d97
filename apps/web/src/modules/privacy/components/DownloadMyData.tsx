import { useMutation } from '@apollo/client/react';
import { Button, Notice } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMyDataMutation } from '../graphql/data-rights.mutations';
import { downloadText, EXPORT_FILE_NAME } from '../utils/download';
import { ActionError } from '../../errors/components/ActionError';

/** Everything Village holds about me, as a JSON file saved on this device. */
export function DownloadMyData({ save = downloadText }: { save?: typeof downloadText }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [exportMyData, { loading }] = useMutation(ExportMyDataMutation);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run() {
    setDone(false);
    setError(null);
    try {
      const { data } = await exportMyData();
      if (!data) throw new Error('No data in the export');
      save(data.exportMyData, EXPORT_FILE_NAME);
      setDone(true);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="privacy-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.download.heading')}</h2>
      <p>{t('privacy.download.intro')}</p>
      <Notice>{done ? t('privacy.download.done', { file: EXPORT_FILE_NAME }) : null}</Notice>
      <ActionError error={error} />
      <Button
        variant="secondary"
        disabled={loading}
        aria-busy={loading || undefined}
        onClick={() => void run()}
      >
        {loading ? t('privacy.download.preparing') : t('privacy.download.button')}
      </Button>
    </section>
  );
}
