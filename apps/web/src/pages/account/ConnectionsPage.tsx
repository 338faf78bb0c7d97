import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { MyTiesList } from '../../modules/connections/components/MyTiesList';

/** `/account/connections`: my ties with why, and the ones I hid, which only I see. */
export function ConnectionsPage() {
  const { t } = useTranslation();
  const hiddenHeading = useId();
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('connections.title') })}</title>
      <header className="page-header">
        <h1>{t('connections.title')}</h1>
        <p className="lead">{t('connections.whoSees')}</p>
      </header>
      <RequireSignIn>
        <MyTiesList hidden={false} />
        <section aria-labelledby={hiddenHeading}>
          <h2 id={hiddenHeading}>{t('connections.hiddenTitle')}</h2>
          <p>{t('connections.hiddenLead')}</p>
          <MyTiesList hidden />
        </section>
      </RequireSignIn>
    </div>
  );
}
