import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { DiscoverProfileQuery } from '../graphql/discover-profile.query';
import { profileStart, type ProfileStart } from '../utils/profile-start';

/**
 * The signed-in parent's starting filters and area cell. `known` is false until the API has said
 * who is signed in (or failed to: then the page goes on without a profile).
 */
export function useDiscoverProfile(): {
  known: boolean;
  start: ProfileStart | null;
  areaCell: string | null;
} {
  const { data, error } = useQuery(DiscoverProfileQuery);
  // No fragment masking in this app: the profile's fields are on the person as they are.
  const person = data?.me?.person ?? null;
  const start = useMemo(() => profileStart(person), [person]);
  return {
    known: data !== undefined || error !== undefined,
    start,
    areaCell: person?.areaCell ?? null,
  };
}
