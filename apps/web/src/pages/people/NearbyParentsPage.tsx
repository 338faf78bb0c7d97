import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { NearbyParentsFinder } from '../../modules/neighbours/components/NearbyParentsFinder';

export function NearbyParentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('nearbyParents.title') })}</title>
      <header className="page-header">
        <h1>{t('nearbyParents.title')}</h1>
        <p className="lead">{t('nearbyParents.intro')}</p>
      </header>
      <RequireSignIn>
        <NearbyParentsFinder />
      </RequireSignIn>
    </>
  );
}
