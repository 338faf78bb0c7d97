/** How many failed sign-ins, within a window, slow down and then lock one key (an email or an address). */
export interface ThrottleLimits {
  slowAfter: number;
  lockAfter: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;

/** Per account (keyed by email, so unknown emails behave the same and reveal nothing). */
export const ACCOUNT_LIMITS: ThrottleLimits = {
  slowAfter: 3,
  lockAfter: 10,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

/** Per address: looser, since many people can share one (a library, a family hub's wifi). */
export const ADDRESS_LIMITS: ThrottleLimits = {
  slowAfter: 20,
  lockAfter: 100,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

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
