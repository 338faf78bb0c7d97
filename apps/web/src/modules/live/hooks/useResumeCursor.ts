import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onReconnected } from '../../../app/apollo-client';

export interface ResumeCursor {
  /** The `since` to subscribe with: null until the page's `liveCursor` has been read. */
  since: string | null;
  /** Call with the `cursor` of each event received. */
  seen: (cursor: string) => void;
}

/**
 * The cursor a catch-up subscription resumes from. It starts at `liveCursor`, read in the same
 * request as what the page shows, so nothing after that read is missed. Each event's cursor is
 * remembered (without resubscribing); when graphql-ws connects again after losing the socket, the
 * subscription starts again from the last one, and the API sends what happened while it was down.
 */
export function useResumeCursor(liveCursor: string | null | undefined): ResumeCursor {
  const client = useApolloClient();
  const last = useRef<string | null>(null);
  const [since, setSince] = useState<string | null>(null);
  useEffect(() => {
    if (liveCursor && last.current === null) {
      last.current = liveCursor;
      setSince(liveCursor);
    }
  }, [liveCursor]);
  useEffect(() => onReconnected(client, () => setSince(last.current)), [client]);
  // The furthest cursor: events can arrive slightly out of order, and the API sends again what was
  // appended just before the one resumed from.
  const seen = useCallback((cursor: string) => {
    if (last.current === null || BigInt(cursor) > BigInt(last.current)) last.current = cursor;
  }, []);
  return { since, seen };
}
