import { PubSub } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';

/**
 * Lets a test wait until the API has put a new subscription in place, instead of sleeping and hoping.
 * Every way the API subscribes (event-log streams, plain iterators, in memory or over Redis) ends in
 * the `subscribe` of graphql-subscriptions' PubSub or of RedisPubSub (which resolves once Redis
 * confirmed), so this counts calls to those in this test process, the one the API runs in. A
 * signed-in socket also listens for its session ending when it connects: that is the connection's,
 * not an operation's, so it is not counted.
 */
let started = 0;
let inFlight = 0;
const waiters = new Set<() => void>();

for (const engine of [PubSub.prototype, RedisPubSub.prototype] as {
  subscribe: (...args: unknown[]) => Promise<number>;
}[]) {
  const subscribe = engine.subscribe;
  engine.subscribe = async function (this: unknown, ...args: unknown[]) {
    if (/^session\/.*\/ended$/.test(String(args[0]))) return subscribe.apply(this, args);
    started++;
    inFlight++;
    try {
      return await subscribe.apply(this, args);
    } finally {
      inFlight--;
      for (const wake of waiters) wake();
    }
  };
}

/** A mark to wait from: subscriptions put in place after it count. */
export const subscriptionsMark = (): number => started;

/**
 * Resolves once at least one subscription has started since `mark` and none is still being put in
 * place, or as soon as `ended` settles (the server refused or completed the operation).
 */
export async function subscriptionInPlace(mark: number, ended: Promise<unknown>): Promise<void> {
  let wake = (): void => undefined;
  const inPlace = new Promise<void>((resolve) => {
    wake = () => {
      if (started > mark && inFlight === 0) resolve();
    };
    waiters.add(wake);
    wake();
  });
  let timer: NodeJS.Timeout | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('the API never put the subscription in place (waited 10 s)')),
      10_000,
    );
  });
  try {
    await Promise.race([inPlace, ended, tooLong]);
  } finally {
    waiters.delete(wake);
    clearTimeout(timer);
  }
}
