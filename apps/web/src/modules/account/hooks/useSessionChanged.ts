import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * Call after signing in, up or out (or anything that ends this session): everything cached belonged
 * to the previous viewer, so the store is reset and what is on screen asks again. Resetting also
 * reopens the subscription socket with the new cookie (see createApolloClient).
 */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.resetStore();
    } catch {
      // A query in flight is abandoned by the reset and rejects; what is on screen asks again anyway.
    }
  }, [client]);
}
