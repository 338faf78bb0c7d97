import { PubSub } from 'graphql-subscriptions';
import { mapEvents } from './map-events';

describe('mapEvents', () => {
  it('maps events, skipping those mapped to null', async () => {
    const pubSub = new PubSub();
    const events = mapEvents(pubSub.asyncIterableIterator<number>('t'), async (n) =>
      n % 2 ? n * 10 : null,
    );
    const first = events.next();
    await pubSub.publish('t', 2);
    await pubSub.publish('t', 3);
    expect(await first).toEqual({ done: false, value: 30 });
    await events.return!();
  });

  it('ends at once on unsubscribe, even while waiting for the next event', async () => {
    const pubSub = new PubSub();
    const source = pubSub.asyncIterableIterator<number>('t');
    const stopped = jest.spyOn(source, 'return');
    const events = mapEvents(source, async (n) => n);
    const waiting = events.next();
    // The topic subscribes on its first read; let that happen, as it has long before anyone leaves.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await events.return!()).toEqual({ done: true, value: undefined });
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it('ends the topic when mapping refuses an event', async () => {
    const pubSub = new PubSub();
    const source = pubSub.asyncIterableIterator<number>('t');
    const stopped = jest.spyOn(source, 'return');
    const events = mapEvents(source, async () => {
      throw new Error('No longer yours to see.');
    });
    const refused = events.next();
    await pubSub.publish('t', 1);
    await expect(refused).rejects.toThrow('No longer yours to see.');
    expect(stopped).toHaveBeenCalledTimes(1);
  });
});
