import type { TFunction } from 'i18next';
import { errorCode, errorDetail, humanErrorMessage } from '../../errors/utils/graphql-error';

/**
 * Sign-in failures in the reader's language. The API's codes are stable and its messages are English,
 * so the ones a person can act on are worded here; anything else keeps the API's own message.
 */
export function signInErrorMessage(
  error: unknown,
  t: TFunction,
  clockTime: (iso: string) => string,
): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('signIn.errors.mismatch');
    case 'RATE_LIMITED': {
      const seconds = Number(errorDetail(error, 'retryAfterSeconds'));
      return Number.isFinite(seconds) && seconds > 0
        ? t('signIn.errors.wait', { count: seconds })
        : t('signIn.errors.waitShort');
    }
    case 'ACCOUNT_LOCKED': {
      const until = errorDetail(error, 'lockedUntil');
      return typeof until === 'string'
        ? t('signIn.errors.locked', { time: clockTime(until) })
        : t('signIn.errors.lockedShort');
    }
    default:
      return humanErrorMessage(error, t);
  }
}
