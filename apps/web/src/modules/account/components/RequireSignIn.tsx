import { LoadingState } from '@village/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { QueryError } from '../../errors/components/QueryError';
import { useViewer } from '../hooks/useViewer';
import { signInPathFor } from '../utils/next-path';

/** Shows its page to a signed-in person; sends anyone else to sign in, and back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, known, error, refetch } = useViewer();
  if (!known && error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!known) return <LoadingState label={t('account.checking')} />;
  if (!viewer) {
    // Signing out or deleting the account has already sent the address elsewhere, and that page
    // (with its notice) is still rendering: sending this one to sign-in would overtake it.
    if (window.location.pathname !== pathname) return null;
    return <Navigate to={signInPathFor(pathname + search)} replace />;
  }
  return <>{children}</>;
}
