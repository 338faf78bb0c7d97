/**
 * How many failed sign-ins, within a window, slow down and then lock one key. Sign-in counts three
 * keys (docs/security.md, "Sign-in lock-out"): the account at one source, the account everywhere, and
 * the source across accounts.
 */
export interface ThrottleLimits {
  slowAfter: number;
  lockAfter: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;

/**
 * One account from one source (an IPv4 address or an IPv6 /64): guessing a password from one place
 * slows down, then stops there, without touching the owner signing in from anywhere else.
 */
export const ACCOUNT_AT_SOURCE_LIMITS: ThrottleLimits = {
  slowAfter: 3,
  lockAfter: 10,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

/**
 * One account from every source together: the ceiling on guesses spread over many addresses. No
 * slow-down (that would hold the owner back too), and places the owner has signed in from before
 * are let through the lock (`knownSource`).
 */
export const ACCOUNT_LIMITS: ThrottleLimits = {
  slowAfter: 100,
  lockAfter: 100,
  windowMs: 60 * MINUTE,
  lockMs: 60 * MINUTE,
};

/** One source across accounts: looser, since many people can share one (a library, a family hub's wifi). */
export const SOURCE_LIMITS: ThrottleLimits = {
  slowAfter: 20,
  lockAfter: 100,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

/** How long a place the owner signed in from stays known, so it is let through an account-wide lock. */
export const KNOWN_SOURCE_DAYS = 90;

const MAX_DELAY_SECONDS = 60;

export type ThrottleDecision =
  { kind: 'allow' } | { kind: 'wait'; seconds: number } | { kind: 'locked'; until: Date };

/**
 * What to do with a sign-in, given the key's recent failures: allow it; make the person wait
 * (1 s after `slowAfter` failures, doubling with each one, at most a minute); or refuse everything
 * until `lockMs` after the last failure once `lockAfter` is reached.
 */
export function throttleDecision(
  failures: readonly Date[],
  now: Date,
  limits: ThrottleLimits,
): ThrottleDecision {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < limits.windowMs);
  if (recent.length < limits.slowAfter) return { kind: 'allow' };
  const last = Math.max(...recent.map((at) => at.getTime()));
  if (recent.length >= limits.lockAfter) {
    const until = new Date(last + limits.lockMs);
    return until > now ? { kind: 'locked', until } : { kind: 'allow' };
  }
  const delaySeconds = Math.min(2 ** (recent.length - limits.slowAfter), MAX_DELAY_SECONDS);
  const waitMs = last + delaySeconds * 1000 - now.getTime();
  return waitMs > 0 ? { kind: 'wait', seconds: Math.ceil(waitMs / 1000) } : { kind: 'allow' };
}

/** The stricter of several decisions: a lock beats a wait, a longer wait beats a shorter one. */
export function strictest(decisions: ThrottleDecision[]): ThrottleDecision {
  let result: ThrottleDecision = { kind: 'allow' };
  for (const decision of decisions) {
    if (decision.kind === 'locked') {
      if (result.kind !== 'locked' || decision.until > result.until) result = decision;
    } else if (decision.kind === 'wait' && result.kind !== 'locked') {
      if (result.kind === 'allow' || decision.seconds > result.seconds) result = decision;
    }
  }
  return result;
}

/** Recent failures of the three keys of one sign-in. */
export interface SignInFailures {
  accountAtSource: readonly Date[];
  account: readonly Date[];
  source: readonly Date[];
}

/**
 * The decision for a sign-in: the strictest of its three keys, except that the account-wide lock
 * does not apply at a source the owner has signed in from before, so an attacker spreading guesses
 * over many addresses cannot keep the owner out of their usual place.
 */
export function signInDecision(
  failures: SignInFailures,
  knownSource: boolean,
  now: Date,
): ThrottleDecision {
  return strictest([
    throttleDecision(failures.accountAtSource, now, ACCOUNT_AT_SOURCE_LIMITS),
    knownSource ? { kind: 'allow' } : throttleDecision(failures.account, now, ACCOUNT_LIMITS),
    throttleDecision(failures.source, now, SOURCE_LIMITS),
  ]);
}
