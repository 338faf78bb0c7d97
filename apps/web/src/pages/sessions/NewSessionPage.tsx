import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { OrganisersOnly } from '../../modules/sessions/components/OrganisersOnly';
import { SessionForm } from '../../modules/sessions/components/SessionForm';
import { emptyDraft } from '../../modules/sessions/utils/session-draft';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

export function NewSessionPage() {
  const { t } = useTranslation();
  const groupId = useIdParam();
  if (groupId === null) return <NotFound message={t('group.notFound')} />;
  return (
    <>
      <title>{t('app.pageTitle', { page: t('publish.newTitle') })}</title>
      <header className="page-header">
        <h1>{t('publish.newTitle')}</h1>
        <p className="lead">{t('publish.newIntro')}</p>
      </header>
      <RequireSignIn>
        <OrganisersOnly groupId={groupId}>
          <SessionForm initial={emptyDraft(today())} target={{ groupId }} />
        </OrganisersOnly>
      </RequireSignIn>
    </>
  );
}
