import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useResumeCursor } from './useResumeCursor';

/** What a catch-up subscription delivers: one root field, each event carrying its log cursor. */
type CatchUpData = Record<string, { cursor: string } | null | undefined>;

type EventOf<TData> = NonNullable<TData[keyof TData]>;

export interface CatchUpSubscriptionOptions<TData, TVariables> {
  /** The `liveCursor` read with what the page shows: nothing is subscribed before it is known. */
  liveCursor: string | null | undefined;
  /** The subscription's variables, but for `since`, which is the resume cursor. */
  variables: Omit<TVariables, 'since'>;
  /** Not subscribing (yet), whatever the cursor. */
  skip?: boolean;
  /** Each event received, after its cursor has been noted. */
  onEvent?: (event: EventOf<TData>, client: ApolloClient) => void;
}

/**
 * A subscription to one of the API's catch-up streams: it starts from `liveCursor` and, after a
 * reconnect, resumes from the furthest event received (see useResumeCursor), so nothing is missed.
 * Each event is taken out of the subscription's one root field and its cursor noted before
 * `onEvent` sees it.
 */
export function useCatchUpSubscription<
  TData extends CatchUpData,
  TVariables extends OperationVariables & { since?: string | null },
>(
  document: TypedDocumentNode<TData, TVariables>,
  { liveCursor, variables, skip = false, onEvent }: CatchUpSubscriptionOptions<TData, TVariables>,
): void {
  const live = useResumeCursor(liveCursor);
  useSubscription<TData, TVariables>(document, {
    variables: { ...variables, since: live.since } as TVariables,
    skip: skip || !live.since,
    onData: ({ client, data: result }) => {
      // A subscription has exactly one root field: the event.
      const field = Object.keys(result.data ?? {}).find((key) => key !== '__typename');
      const event = field ? result.data?.[field] : null;
      if (!event) return;
      live.seen(event.cursor);
      onEvent?.(event as EventOf<TData>, client);
    },
  });
}
