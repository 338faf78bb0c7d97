import { ExchangeStatus, HelpPostStatus } from './domain';

/**
 * The lifecycles of help posts and exchanges: every move either may make, in one table each. The API
 * checks each change against these inside the transaction that makes it; who may cause a change is
 * the API's business (docs/architecture.md, "Help and exchanges").
 */

type Moves<S extends string> = Readonly<Record<S, readonly S[]>>;

const POST_MOVES: Moves<HelpPostStatus> = {
  // Promised in full; handed over in full (the author lowered the quantity to what was given);
  // taken down by the author; its expiry passed.
  [HelpPostStatus.OPEN]: [
    HelpPostStatus.MATCHED,
    HelpPostStatus.FULFILLED,
    HelpPostStatus.WITHDRAWN,
    HelpPostStatus.EXPIRED,
  ],
  // An agreement fell through (back on the board, or expired if its expiry has passed meanwhile);
  // every promise kept; taken down by the author.
  [HelpPostStatus.MATCHED]: [
    HelpPostStatus.OPEN,
    HelpPostStatus.EXPIRED,
    HelpPostStatus.FULFILLED,
    HelpPostStatus.WITHDRAWN,
  ],
  [HelpPostStatus.FULFILLED]: [],
  [HelpPostStatus.WITHDRAWN]: [],
  [HelpPostStatus.EXPIRED]: [],
};

const EXCHANGE_MOVES: Moves<ExchangeStatus> = {
  [ExchangeStatus.OPEN]: [ExchangeStatus.AGREED, ExchangeStatus.CANCELLED],
  [ExchangeStatus.AGREED]: [ExchangeStatus.FULFILLED, ExchangeStatus.CANCELLED],
  [ExchangeStatus.FULFILLED]: [],
  [ExchangeStatus.CANCELLED]: [],
};

/** Why a post cannot move from one status to another, in words for the person trying; null if it can. */
export function postMoveRefusal(from: HelpPostStatus, to: HelpPostStatus): string | null {
  if (POST_MOVES[from].includes(to)) return null;
  switch (from) {
    case HelpPostStatus.FULFILLED:
      return 'This post has been fulfilled, so it cannot change or reopen.';
    case HelpPostStatus.WITHDRAWN:
      return 'This post was withdrawn by its author, so it cannot change any more.';
    case HelpPostStatus.EXPIRED:
      return 'This post has expired, so it cannot change any more.';
    case HelpPostStatus.MATCHED:
      return 'Everything on this post has already been promised.';
    case HelpPostStatus.OPEN:
      return 'This post is still open.';
  }
}

export function exchangeMoveRefusal(from: ExchangeStatus, to: ExchangeStatus): string | null {
  if (EXCHANGE_MOVES[from].includes(to)) return null;
  switch (from) {
    case ExchangeStatus.FULFILLED:
      return 'This exchange is fulfilled, so it cannot change any more.';
    case ExchangeStatus.CANCELLED:
      return 'This exchange was called off, so it cannot change any more.';
    case ExchangeStatus.AGREED:
      return 'You have both agreed already.';
    case ExchangeStatus.OPEN:
      return 'You both need to agree before it can be marked fulfilled.';
  }
}

/** Posts on the board: open, and not past their expiry even if no sweep has marked them yet. */
export function effectivePostStatus(
  post: { status: HelpPostStatus; expiresAt: Date | null },
  now: Date = new Date(),
): HelpPostStatus {
  return post.status === HelpPostStatus.OPEN && post.expiresAt && post.expiresAt <= now
    ? HelpPostStatus.EXPIRED
    : post.status;
}

/**
 * Where a live post should stand given its exchanges. A post holds `quantity` units (one when not
 * given); each agreed exchange promises one and each fulfilled exchange has handed one over.
 */
export function postStatusFor(counts: {
  quantity: number | null;
  agreed: number;
  fulfilled: number;
}): HelpPostStatus {
  const units = counts.quantity ?? 1;
  if (counts.fulfilled >= units) return HelpPostStatus.FULFILLED;
  if (counts.agreed + counts.fulfilled >= units) return HelpPostStatus.MATCHED;
  return HelpPostStatus.OPEN;
}
