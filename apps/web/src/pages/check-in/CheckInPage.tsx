import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { CheckInForm } from '../../modules/check-in/components/CheckInForm';

/** `/check-in` and `/check-in/:code`: check myself in with the code shown at the venue. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('checkIn.form.title') })}</title>
      <header className="page-header">
        <h1>{t('checkIn.form.title')}</h1>
        <p className="lead">{t('checkIn.form.intro')}</p>
      </header>
      <RequireSignIn>
        <CheckInForm initialCode={code} />
      </RequireSignIn>
    </div>
  );
}
