/**
 * Turns a topic's events into what a subscription delivers, one at a time: `map` reads fresh data
 * (and may re-check access, throwing to end the subscription); null skips the event. Unsubscribing
 * ends the topic's iterator at once. (An async generator would not: its `return` waits behind the
 * pending wait for the next event, so the listener would live on until another event came.)
 */
export function mapEvents<T, R>(
  events: AsyncIterableIterator<T>,
  map: (event: T) => Promise<R | null>,
): AsyncIterableIterator<R> {
  const done = (): IteratorResult<R> => ({ done: true, value: undefined });
  const stop = async () => {
    await events.return?.();
    return done();
  };
  return {
    async next() {
      try {
        for (;;) {
          const event = await events.next();
          if (event.done) return done();
          const value = await map(event.value);
          if (value !== null) return { done: false, value };
        }
      } catch (error) {
        await events.return?.();
        throw error;
      }
    },
    return: stop,
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
