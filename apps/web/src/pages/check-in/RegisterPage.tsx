import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { SessionRegister } from '../../modules/check-in/components/SessionRegister';
import { dateParam } from '../../modules/check-in/utils/check-in-code';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';

/** `/sessions/:id/register/:date`: one date's register, for its organisers. */
export function RegisterPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const occursOn = dateParam(useParams().date);
  if (id === null || occursOn === null)
    return <NotFound message={t('checkIn.register.notFound')} />;
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('checkIn.register.pageTitle') })}</title>
      <RequireSignIn>
        <SessionRegister sessionId={id} occursOn={occursOn} />
      </RequireSignIn>
    </div>
  );
}
