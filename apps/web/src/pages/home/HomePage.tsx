import { useTranslation } from 'react-i18next';
import { GroupList } from '../../modules/groups/components/GroupList';
import { WhatsOnThisWeek } from '../../modules/sessions/components/WhatsOnThisWeek';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('home.title') })}</title>
      <header className="page-header">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </header>
      <WhatsOnThisWeek />
      <GroupList />
    </>
  );
}
