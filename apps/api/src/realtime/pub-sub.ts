import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import type { TopicPayloads } from './topics';

export const PUB_SUB = Symbol('PUB_SUB');

/** The one publish/subscribe channel: typed by the topic map, backed by memory or Redis. */
export interface TypedPubSub {
  publish<T extends keyof TopicPayloads>(topic: T, payload: TopicPayloads[T]): Promise<void>;
  iterate<T extends keyof TopicPayloads>(topic: T): AsyncIterableIterator<TopicPayloads[T]>;
  /**
   * Calls `onEvent` for each event on `topic`. Resolves once the subscription is in place (over
   * Redis: once Redis confirmed it), to the function that ends it.
   */
  listen<T extends keyof TopicPayloads>(
    topic: T,
    onEvent: (payload: TopicPayloads[T]) => void,
  ): Promise<() => void>;
  close(): Promise<void>;
}

/** In memory for one process; over Redis when REDIS_URL is set so several API processes share events. */
export function createPubSub(redisUrl: string | null): TypedPubSub {
  if (!redisUrl) {
    // Thousands of subscribers on one area's topic are normal, not a listener leak.
    const eventEmitter = new EventEmitter().setMaxListeners(0);
    const pubSub = new PubSub({ eventEmitter });
    return {
      publish: (topic, payload) => pubSub.publish(topic, payload),
      iterate: (topic) => pubSub.asyncIterableIterator(topic) as never,
      listen: async (topic, onEvent) => {
        const id = await pubSub.subscribe(topic, onEvent as never);
        return () => pubSub.unsubscribe(id);
      },
      close: async () => undefined,
    };
  }
  const publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // Dates travel as ISO strings over Redis; revive them so payloads match the in-memory ones.
  const reviver = (_key: string, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)
      ? new Date(value)
      : value;
  const pubSub = new RedisPubSub({ publisher, subscriber, reviver });
  return {
    publish: (topic, payload) => pubSub.publish(topic, payload),
    iterate: (topic) => pubSub.asyncIterableIterator(topic) as never,
    listen: async (topic, onEvent) => {
      const id = await pubSub.subscribe(topic, onEvent as never);
      return () => pubSub.unsubscribe(id);
    },
    close: async () => {
      await pubSub.close();
    },
  };
}
