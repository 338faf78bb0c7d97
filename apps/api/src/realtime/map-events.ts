/**
 * Turns a topic's events into what a subscription delivers, one at a time: `map` reads fresh data
 * (and may re-check access, throwing to end the subscription); null skips the event. Unsubscribing
 * ends the topic's iterator too.
 */
export async function* mapEvents<T, R>(
  events: AsyncIterableIterator<T>,
  map: (event: T) => Promise<R | null>,
): AsyncGenerator<R> {
  try {
    for await (const event of events) {
      const value = await map(event);
      if (value !== null) yield value;
    }
  } finally {
    await events.return?.();
  }
}
