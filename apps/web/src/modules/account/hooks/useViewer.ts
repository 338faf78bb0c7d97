import { useQuery } from '@apollo/client/react';
import { ViewerQuery } from '../graphql/viewer.query';

/** The signed-in person (null when nobody is), and whether we know yet. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return { viewer: data?.me ?? null, known: data !== undefined, loading, error, refetch };
}
