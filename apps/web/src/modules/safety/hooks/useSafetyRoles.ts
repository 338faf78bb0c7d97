import { useQuery } from '@apollo/client/react';
import { AccountRole } from '../../../gql/graphql';
import { useViewer } from '../../account/hooks/useViewer';
import { SafetyRolesQuery } from '../graphql/safety.graphql';

/** Whether the signed-in person moderates (organises a group, or is an admin), is a safeguarding lead, is an admin. */
export function useSafetyRoles() {
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(SafetyRolesQuery, { skip: !viewer });
  const me = data?.me;
  const roles = me?.roles ?? [];
  return {
    known: !viewer || data !== undefined,
    loading,
    error,
    refetch,
    moderates: roles.includes(AccountRole.Admin) || (me?.organising.length ?? 0) > 0,
    isLead: roles.includes(AccountRole.SafeguardingLead),
    isAdmin: roles.includes(AccountRole.Admin),
  };
}
