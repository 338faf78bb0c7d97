import { useTranslation } from 'react-i18next';
import { SocialGraphAnalysis } from '../../modules/analytics/components/SocialGraphAnalysis';
import { RequireSafetyRole } from '../../modules/safety/components/RequireSafetyRole';

export function SocialGraphPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('socialGraph.title') })}</title>
      <header className="page-header">
        <h1>{t('socialGraph.title')}</h1>
        <p className="lead">{t('socialGraph.intro')}</p>
      </header>
      <RequireSafetyRole role="isAdmin" notForYou={t('socialGraph.notForYou')}>
        <SocialGraphAnalysis />
      </RequireSafetyRole>
    </>
  );
}
