import {
  ACCOUNT_AT_SOURCE_LIMITS,
  signInDecision,
  strictest,
  throttleDecision,
} from './sign-in-throttle';

const now = new Date('2026-11-22T10:00:00Z');
const secondsAgo = (...seconds: number[]) => seconds.map((s) => new Date(now.getTime() - s * 1000));

describe('throttleDecision', () => {
  it('allows sign-in below the slow-down threshold', () => {
    expect(throttleDecision(secondsAgo(1, 2), now, ACCOUNT_AT_SOURCE_LIMITS)).toEqual({
      kind: 'allow',
    });
  });

  it('makes the person wait a second after three failures, doubling with each further failure', () => {
    expect(throttleDecision(secondsAgo(0, 5, 9), now, ACCOUNT_AT_SOURCE_LIMITS)).toEqual({
      kind: 'wait',
      seconds: 1,
    });
    expect(throttleDecision(secondsAgo(0, 5, 9, 12, 20), now, ACCOUNT_AT_SOURCE_LIMITS)).toEqual({
      kind: 'wait',
      seconds: 4,
    });
    expect(throttleDecision(secondsAgo(5, 6, 7), now, ACCOUNT_AT_SOURCE_LIMITS)).toEqual({
      kind: 'allow',
    });
  });

  it('locks for fifteen minutes after ten failures, then lets the person try again', () => {
    const ten = secondsAgo(60, 70, 80, 90, 100, 110, 120, 130, 140, 150);
    const decision = throttleDecision(ten, now, ACCOUNT_AT_SOURCE_LIMITS);
    expect(decision).toEqual({ kind: 'locked', until: new Date(now.getTime() + 14 * 60_000) });
    const later = new Date(now.getTime() + 15 * 60_000);
    expect(throttleDecision(ten, later, ACCOUNT_AT_SOURCE_LIMITS)).toEqual({ kind: 'allow' });
  });

  it('forgets failures older than the window', () => {
    expect(throttleDecision(secondsAgo(0, 1000, 2000), now, ACCOUNT_AT_SOURCE_LIMITS)).toEqual({
      kind: 'allow',
    });
  });
});

describe('strictest', () => {
  it('prefers a lock over a wait, and the longer wait', () => {
    const lock = { kind: 'locked' as const, until: now };
    expect(strictest([{ kind: 'wait', seconds: 2 }, lock])).toBe(lock);
    expect(
      strictest([{ kind: 'wait', seconds: 2 }, { kind: 'wait', seconds: 8 }, { kind: 'allow' }]),
    ).toEqual({ kind: 'wait', seconds: 8 });
  });
});

describe('signInDecision', () => {
  const none: Date[] = [];
  const times = (count: number) => Array.from({ length: count }, () => secondsAgo(60)[0]!);

  it('locks an account at the source its failures came from only', () => {
    expect(
      signInDecision(
        { accountAtSource: times(10), account: times(10), source: times(10) },
        false,
        now,
      ),
    ).toMatchObject({ kind: 'locked' });
    // The owner elsewhere: the same account-wide count, none at their source.
    expect(
      signInDecision({ accountAtSource: none, account: times(10), source: none }, false, now),
    ).toEqual({ kind: 'allow' });
  });

  it('locks the account everywhere after 100 failures, except where the owner has signed in before', () => {
    const spread = { accountAtSource: none, account: times(100), source: none };
    expect(signInDecision(spread, false, now)).toMatchObject({ kind: 'locked' });
    expect(signInDecision(spread, true, now)).toEqual({ kind: 'allow' });
    expect(signInDecision({ ...spread, account: times(99) }, false, now)).toEqual({
      kind: 'allow',
    });
  });

  it('still slows and locks the account at a known source when the failures come from there', () => {
    expect(
      signInDecision({ accountAtSource: times(10), account: times(10), source: none }, true, now),
    ).toMatchObject({ kind: 'locked' });
  });

  it('locks a source that tries many accounts', () => {
    expect(
      signInDecision({ accountAtSource: none, account: none, source: times(100) }, true, now),
    ).toMatchObject({ kind: 'locked' });
  });
});
