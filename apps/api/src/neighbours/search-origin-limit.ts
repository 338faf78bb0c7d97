export const SEARCH_ORIGIN_WINDOW_MS = 60 * 60 * 1000;

export interface RecentOrigin {
  originCell: string;
  lastSearchedAt: Date;
}

export type OriginDecision = { kind: 'allow' } | { kind: 'refuse'; retryAfterSeconds: number };

/**
 * Whether an account may search from `cell`, given the cells it searched from recently. Searching
 * again from a cell used within the hour is always allowed; a new cell only while fewer than
 * `limit` cells were used within the hour. A refusal says when the oldest of them frees up.
 */
export function originDecision(
  recent: readonly RecentOrigin[],
  cell: string,
  limit: number,
  now: Date,
): OriginDecision {
  const windowStart = now.getTime() - SEARCH_ORIGIN_WINDOW_MS;
  const inWindow = recent.filter((origin) => origin.lastSearchedAt.getTime() > windowStart);
  if (inWindow.some((origin) => origin.originCell === cell)) return { kind: 'allow' };
  if (inWindow.length < limit) return { kind: 'allow' };
  const oldest = Math.min(...inWindow.map((origin) => origin.lastSearchedAt.getTime()));
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest - windowStart) / 1000));
  return { kind: 'refuse', retryAfterSeconds };
}
