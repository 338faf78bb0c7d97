import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isolate } from '../../locale/utils/format';

/**
 * In place of a sign-in or sign-up form when someone is signed in already (another tab, the back
 * button, or the moment after their own sign-in while the next page opens).
 */
export function AlreadySignedIn({ name, next = '/account' }: { name: string; next?: string }) {
  const { t } = useTranslation();
  return (
    <p className="ui-state">
      {t('signIn.already', { name: isolate(name) })} <Link to={next}>{t('signIn.continue')}</Link>
    </p>
  );
}
