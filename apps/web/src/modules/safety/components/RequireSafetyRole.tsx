import { LoadingState } from '@village/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import { QueryError } from '../../errors/components/QueryError';
import { useSafetyRoles } from '../hooks/useSafetyRoles';

export interface RequireSafetyRoleProps {
  /** Moderators (organisers of a group, admins), the safeguarding lead(s), or admins. */
  role: 'moderates' | 'isLead' | 'isAdmin';
  /** What anyone else reads instead (the API would refuse them anyway). */
  notForYou: string;
  children: ReactNode;
}

/** A page's content for those who may use it: signed in, and holding the role. */
export function RequireSafetyRole({ role, notForYou, children }: RequireSafetyRoleProps) {
  return (
    <RequireSignIn>
      <RoleCheck role={role} notForYou={notForYou}>
        {children}
      </RoleCheck>
    </RequireSignIn>
  );
}

function RoleCheck({ role, notForYou, children }: RequireSafetyRoleProps) {
  const { t } = useTranslation();
  const roles = useSafetyRoles();
  if (!roles.known && roles.error)
    return <QueryError error={roles.error} onRetry={() => void roles.refetch()} />;
  if (!roles.known) return <LoadingState label={t('account.checking')} />;
  return roles[role] ? <>{children}</> : <p>{notForYou}</p>;
}
