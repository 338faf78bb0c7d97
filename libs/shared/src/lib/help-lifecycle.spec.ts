import { ExchangeStatus, HelpPostStatus } from './domain';
import {
  effectivePostStatus,
  exchangeMoveRefusal,
  postMoveRefusal,
  postStatusFor,
} from './help-lifecycle';

const { OPEN, MATCHED, FULFILLED, WITHDRAWN, EXPIRED } = HelpPostStatus;

function allowedMoves<S extends string>(
  statuses: readonly S[],
  refusal: (from: S, to: S) => string | null,
): string[] {
  return statuses.flatMap((from) =>
    statuses.filter((to) => refusal(from, to) === null).map((to) => `${from}→${to}`),
  );
}

describe('the help post lifecycle', () => {
  it('allows exactly these moves', () => {
    expect(allowedMoves(Object.values(HelpPostStatus), postMoveRefusal)).toEqual([
      'OPEN→MATCHED',
      'OPEN→FULFILLED',
      'OPEN→WITHDRAWN',
      'OPEN→EXPIRED',
      'MATCHED→OPEN',
      'MATCHED→FULFILLED',
      'MATCHED→WITHDRAWN',
      'MATCHED→EXPIRED',
    ]);
  });

  it('never reopens a fulfilled, withdrawn or expired post, and says why', () => {
    expect(postMoveRefusal(FULFILLED, OPEN)).toBe(
      'This post has been fulfilled, so it cannot change or reopen.',
    );
    expect(postMoveRefusal(WITHDRAWN, OPEN)).toMatch(/withdrawn/);
    expect(postMoveRefusal(EXPIRED, MATCHED)).toMatch(/expired/);
    expect(postMoveRefusal(FULFILLED, WITHDRAWN)).toMatch(/fulfilled/);
  });

  it('treats an open post past its expiry as expired before any sweep marks it', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const post = (status: HelpPostStatus, expiresAt: string | null) => ({
      status,
      expiresAt: expiresAt ? new Date(expiresAt) : null,
    });
    expect(effectivePostStatus(post(OPEN, '2026-03-01T12:00:00Z'), now)).toBe(EXPIRED);
    expect(effectivePostStatus(post(OPEN, '2026-03-01T12:00:01Z'), now)).toBe(OPEN);
    expect(effectivePostStatus(post(OPEN, null), now)).toBe(OPEN);
    // A promise already made stands past the expiry.
    expect(effectivePostStatus(post(MATCHED, '2026-02-01T00:00:00Z'), now)).toBe(MATCHED);
  });

  it('derives the status from units promised and handed over', () => {
    expect(postStatusFor({ quantity: null, agreed: 0, fulfilled: 0 })).toBe(OPEN);
    expect(postStatusFor({ quantity: null, agreed: 1, fulfilled: 0 })).toBe(MATCHED);
    expect(postStatusFor({ quantity: null, agreed: 0, fulfilled: 1 })).toBe(FULFILLED);
    expect(postStatusFor({ quantity: 3, agreed: 2, fulfilled: 0 })).toBe(OPEN);
    expect(postStatusFor({ quantity: 3, agreed: 2, fulfilled: 1 })).toBe(MATCHED);
    expect(postStatusFor({ quantity: 3, agreed: 0, fulfilled: 3 })).toBe(FULFILLED);
  });
});

describe('the exchange lifecycle', () => {
  it('allows exactly these moves', () => {
    expect(allowedMoves(Object.values(ExchangeStatus), exchangeMoveRefusal)).toEqual([
      'OPEN→AGREED',
      'OPEN→CANCELLED',
      'AGREED→FULFILLED',
      'AGREED→CANCELLED',
    ]);
  });

  it('asks for agreement before fulfilment and keeps finished exchanges finished', () => {
    expect(exchangeMoveRefusal(ExchangeStatus.OPEN, ExchangeStatus.FULFILLED)).toBe(
      'You both need to agree before it can be marked fulfilled.',
    );
    expect(exchangeMoveRefusal(ExchangeStatus.FULFILLED, ExchangeStatus.CANCELLED)).toMatch(
      /fulfilled/,
    );
    expect(exchangeMoveRefusal(ExchangeStatus.CANCELLED, ExchangeStatus.AGREED)).toMatch(
      /called off/,
    );
  });
});
