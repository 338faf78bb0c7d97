import { act } from '@testing-library/react';
import type { Client, Sink } from 'graphql-ws';

interface Subscribed {
  since: unknown;
  sink: Sink;
  open: boolean;
}

/** A stand-in graphql-ws client: records what is subscribed, and can say it connected again. */
export function fakeSocket() {
  const subscribed: Subscribed[] = [];
  let onConnected: ((socket: unknown, payload: unknown, wasRetry: boolean) => void) | null = null;
  const socket = {
    subscribe(payload: { variables?: Record<string, unknown> }, sink: Sink) {
      const entry = { since: payload.variables?.['since'], sink, open: true };
      subscribed.push(entry);
      return () => void (entry.open = false);
    },
    on(event: string, listener: typeof onConnected) {
      if (event === 'connected') onConnected = listener;
      return () => void (onConnected = null);
    },
    terminate: jest.fn(),
    dispose: jest.fn(),
  };
  return {
    socket: socket as unknown as Client,
    subscribed,
    open: () => subscribed.filter((entry) => entry.open),
    connected: (wasRetry: boolean) => act(() => onConnected?.(null, undefined, wasRetry)),
  };
}
