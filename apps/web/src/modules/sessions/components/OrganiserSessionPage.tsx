import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import { NotFound } from '../../errors/components/NotFound';
import { useIdParam } from '../../routing/hooks/useIdParam';

/** The frame of a session's organiser pages: its title, and the content once signed in, by id. */
export function OrganiserSessionPage({
  title,
  children,
}: {
  title: string;
  children: (sessionId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useIdParam();
  if (id === null) return <NotFound message={t('session.notFound')} />;
  return (
    <>
      <title>{t('app.pageTitle', { page: title })}</title>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <RequireSignIn>{children(id)}</RequireSignIn>
    </>
  );
}
