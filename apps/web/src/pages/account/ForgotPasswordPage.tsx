import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '../../modules/account/components/ForgotPasswordForm';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('forgotPassword.title') })}</title>
      <header className="page-header">
        <h1>{t('forgotPassword.title')}</h1>
        <p className="lead">{t('forgotPassword.intro')}</p>
      </header>
      <ForgotPasswordForm />
      <p className="page-aside">
        <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </div>
  );
}
