import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { MyConcerns } from '../../modules/safety/components/MyConcerns';
import { RaiseConcernForm } from '../../modules/safety/components/RaiseConcernForm';
import { concernAboutFrom } from '../../modules/safety/utils/concern-link';

export function SafeguardingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const about = concernAboutFrom(params);
  let aboutLabel = null;
  if (about.messageId) aboutLabel = t('safety.concern.aboutMessage');
  else if (about.helpPostId) aboutLabel = t('safety.concern.aboutPost');
  else if (about.aboutPersonId) aboutLabel = t('safety.concern.aboutPerson');
  return (
    <>
      <title>{t('app.pageTitle', { page: t('safety.concern.title') })}</title>
      <header className="page-header">
        <h1>{t('safety.concern.title')}</h1>
        <p className="lead">{t('safety.concern.intro')}</p>
      </header>
      <RequireSignIn>
        <RaiseConcernForm about={about} aboutLabel={aboutLabel} />
        <MyConcerns />
      </RequireSignIn>
    </>
  );
}
