import { useQuery } from '@apollo/client/react';
import { OrganisingQuery } from '../graphql/publish.graphql';

/**
 * Whether the signed-in person organises the group (false while unknown or signed out). The API
 * decides again on every change; this only chooses what to offer.
 */
export function useOrganises(groupId: string | null | undefined) {
  const { data, loading, error, refetch } = useQuery(OrganisingQuery);
  const organises = Boolean(groupId && data?.me?.organising.some((group) => group.id === groupId));
  return {
    organises,
    known: data !== undefined,
    signedIn: Boolean(data?.me),
    loading,
    error,
    refetch,
  };
}
