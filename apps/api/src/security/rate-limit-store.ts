import Redis from 'ioredis';

/** Hits on one key in the current fixed window and in the one before it. */
export interface WindowCounts {
  current: number;
  previous: number;
}

/** Counts hits per key in fixed windows; shared by every API process when it lives in Redis. */
export interface RateLimitStore {
  /** Adds one hit to `key` in the window starting at `windowStart`; returns this and the last window's. */
  hit(key: string, windowStart: number, windowMs: number): Promise<WindowCounts>;
  close(): Promise<void>;
}

/** One process's counts: only the current and previous windows are kept. */
export class MemoryRateLimitStore implements RateLimitStore {
  private windowStart = 0;
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  async hit(key: string, windowStart: number, windowMs: number): Promise<WindowCounts> {
    if (windowStart !== this.windowStart) {
      this.previous = windowStart - this.windowStart === windowMs ? this.current : new Map();
      this.current = new Map();
      this.windowStart = windowStart;
    }
    const current = (this.current.get(key) ?? 0) + 1;
    this.current.set(key, current);
    return { current, previous: this.previous.get(key) ?? 0 };
  }

  async close(): Promise<void> {
    this.current.clear();
    this.previous.clear();
  }
}

/** Counts in Redis: INCR on a key per window, kept until the window after it has ended. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowStart: number, windowMs: number): Promise<WindowCounts> {
    const currentKey = `village:rate-limit:${key}:${windowStart}`;
    const previousKey = `village:rate-limit:${key}:${windowStart - windowMs}`;
    const results = await this.redis
      .multi()
      .incr(currentKey)
      .pexpireat(currentKey, windowStart + 2 * windowMs + 1_000)
      .get(previousKey)
      .exec();
    if (!results) throw new Error('the rate-limit transaction was aborted');
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
    return { current: Number(results[0]?.[1]), previous: Number(results[2]?.[1] ?? 0) };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * In memory by default; in Redis when REDIS_URL is set, so every API process counts against the same
 * limits. Commands fail at once while Redis is unreachable (no offline queue), and the limiter then
 * lets requests through rather than taking the API down with it.
 */
export function createRateLimitStore(redisUrl: string | null): RateLimitStore {
  if (!redisUrl) return new MemoryRateLimitStore();
  return new RedisRateLimitStore(
    new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
  );
}
