import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AlreadySignedIn } from '../../modules/account/components/AlreadySignedIn';
import { SignInForm } from '../../modules/account/components/SignInForm';
import { useViewer } from '../../modules/account/hooks/useViewer';
import { safeNextPath, signInReason } from '../../modules/account/utils/next-path';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { viewer } = useViewer();
  const reason = signInReason(next);
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('signIn.title') })}</title>
      <header className="page-header">
        <h1>{t('signIn.title')}</h1>
        {reason && !viewer ? (
          <p className="lead">
            <strong>{t(reason)}</strong>
          </p>
        ) : null}
        <p className="lead">{t('signIn.intro')}</p>
      </header>
      {viewer ? (
        <AlreadySignedIn name={viewer.person.displayName} next={next} />
      ) : (
        <>
          <SignInForm next={next} />
          <p className="page-aside">
            {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.createAccount')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
