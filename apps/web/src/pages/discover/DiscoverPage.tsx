import { LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { DiscoverSearch } from '../../modules/discover/components/DiscoverSearch';
import { useDiscoverProfile } from '../../modules/discover/hooks/useDiscoverProfile';
import { SuggestedForYou } from '../../modules/suggestions/components/SuggestedForYou';

export function DiscoverPage() {
  const { t } = useTranslation();
  const profile = useDiscoverProfile();

  return (
    <>
      <title>{t('app.pageTitle', { page: t('discover.title') })}</title>
      <header className="page-header">
        <h1>{t('discover.title')}</h1>
        <p className="lead">{t('discover.intro')}</p>
      </header>
      {profile.known ? (
        <DiscoverSearch start={profile.start} myAreaCell={profile.areaCell} />
      ) : (
        <LoadingState label={t('discover.loading')} />
      )}
      <SuggestedForYou first={5} />
    </>
  );
}
