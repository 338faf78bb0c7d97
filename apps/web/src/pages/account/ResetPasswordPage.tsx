import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ResetPasswordForm } from '../../modules/account/components/ResetPasswordForm';

/** Opened from the emailed link. The token is in the fragment (#token=…), which never reaches a server. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = new URLSearchParams(useLocation().hash.slice(1)).get('token');
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('resetPassword.title') })}</title>
      <header className="page-header">
        <h1>{t('resetPassword.title')}</h1>
        {token ? <p className="lead">{t('resetPassword.intro')}</p> : null}
      </header>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="ui-state ui-state--error" role="alert">
          <p>{t('resetPassword.missingToken')}</p>
          <p>
            <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
