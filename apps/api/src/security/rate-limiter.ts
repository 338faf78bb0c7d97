import { isIPv4, isIPv6 } from 'node:net';
import type { RateLimitStore, WindowCounts } from './rate-limit-store';

export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Requests allowed per minute; 0 turns a limit off. */
export interface RateLimits {
  perIp: number;
  perUser: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The first 4 groups of an IPv6 address: one household or phone is given a whole /64. */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = Math.max(8 - headGroups.length - tailGroups.length, 0);
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  const prefix = groups.slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
  return `${prefix.join(':')}::/64`;
}

/** Who an IP limit counts: an IPv4 address, or an IPv6 address's /64 network. */
export function ipKey(ip: string): string {
  const address = ip.split('%')[0] ?? ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return ipv6Prefix64(address);
  return address;
}

/**
 * Sliding-window estimate of the requests in the last minute: this minute's count plus the previous
 * minute's, weighted by how much of it is still inside the last 60 seconds.
 */
function estimate({ current, previous }: WindowCounts, elapsed: number): number {
  return previous * (1 - elapsed / RATE_LIMIT_WINDOW_MS) + current;
}

/** Milliseconds until one more request would be within `limit`, if no other request comes. */
function msUntilAllowed(
  { current, previous }: WindowCounts,
  elapsed: number,
  limit: number,
): number {
  const window = RATE_LIMIT_WINDOW_MS;
  // Later in this window, as the previous window's weight fades.
  if (current + 1 <= limit && previous > 0) {
    const at = window * (1 - (limit - current - 1) / previous);
    if (at < window) return Math.max(at - elapsed, 0);
  }
  // In the next window, as this window's weight fades.
  const at = current > 0 ? window * Math.max(1 - (limit - 1) / current, 0) : 0;
  return window - elapsed + at;
}

/**
 * Per IP address and per session, counted on every request (refused ones too, so hammering does not
 * shorten the wait). A sliding window, so a burst across the turn of a minute is counted whole.
 */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** `session` is a hash of the session token, never the token; null when signed out. */
  async check(client: { ip: string; session: string | null }): Promise<RateLimitVerdict> {
    const now = this.now();
    const elapsed = now % RATE_LIMIT_WINDOW_MS;
    const windowStart = now - elapsed;
    const checks: [string, number][] = [];
    if (this.limits.perIp > 0) checks.push([`ip:${ipKey(client.ip)}`, this.limits.perIp]);
    if (this.limits.perUser > 0 && client.session)
      checks.push([`user:${client.session}`, this.limits.perUser]);
    const counts = await Promise.all(
      checks.map(([key]) => this.store.hit(key, windowStart, RATE_LIMIT_WINDOW_MS)),
    );
    let waitMs = 0;
    counts.forEach((count, index) => {
      const limit = checks[index]?.[1] ?? 0;
      if (estimate(count, elapsed) > limit)
        waitMs = Math.max(waitMs, msUntilAllowed(count, elapsed, limit));
    });
    if (waitMs === 0) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
