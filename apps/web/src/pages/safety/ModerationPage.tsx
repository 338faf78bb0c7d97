import { useTranslation } from 'react-i18next';
import { ModerationQueue } from '../../modules/safety/components/ModerationQueue';
import { RequireSafetyRole } from '../../modules/safety/components/RequireSafetyRole';

export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('safety.queue.title') })}</title>
      <header className="page-header">
        <h1>{t('safety.queue.title')}</h1>
        <p className="lead">{t('safety.queue.intro')}</p>
      </header>
      <RequireSafetyRole role="moderates" notForYou={t('safety.queue.notForYou')}>
        <ModerationQueue />
      </RequireSafetyRole>
    </>
  );
}
