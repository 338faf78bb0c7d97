import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlreadySignedIn } from '../../modules/account/components/AlreadySignedIn';
import { SignUpForm } from '../../modules/account/components/SignUpForm';
import { useViewer } from '../../modules/account/hooks/useViewer';

export function SignUpPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('signUp.title') })}</title>
      <header className="page-header">
        <h1>{t('signUp.title')}</h1>
        <p className="lead">{t('signUp.intro')}</p>
      </header>
      {viewer ? (
        <AlreadySignedIn name={viewer.person.displayName} />
      ) : (
        <>
          <SignUpForm />
          <p className="page-aside">
            {t('signUp.haveAccount')} <Link to="/sign-in">{t('signUp.signIn')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
