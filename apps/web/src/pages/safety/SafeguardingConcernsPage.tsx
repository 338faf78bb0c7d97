import { useTranslation } from 'react-i18next';
import { RequireSafetyRole } from '../../modules/safety/components/RequireSafetyRole';
import { SafeguardingConcerns } from '../../modules/safety/components/SafeguardingConcerns';

export function SafeguardingConcernsPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('safety.lead.title') })}</title>
      <header className="page-header">
        <h1>{t('safety.lead.title')}</h1>
        <p className="lead">{t('safety.lead.intro')}</p>
      </header>
      <RequireSafetyRole role="isLead" notForYou={t('safety.lead.notForYou')}>
        <SafeguardingConcerns />
      </RequireSafetyRole>
    </>
  );
}
