import { Notice } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

const NOTICES = {
  signedOut: 'notices.signedOut',
  signedOutEverywhere: 'notices.signedOutEverywhere',
  passwordReset: 'notices.passwordReset',
  accountDeleted: 'notices.accountDeleted',
  welcome: 'notices.welcome',
  helpPosted: 'notices.helpPosted',
  helpHeld: 'notices.helpHeld',
  blocked: 'notices.blocked',
} as const;

type NoticeName = keyof typeof NOTICES;

/** Where a page was sent from says what just happened ("You're signed out"): navigate with it. */
export interface NoticeState {
  notice: NoticeName;
}

function noticeOf(state: unknown): NoticeName | null {
  const name = (state as Partial<NoticeState> | null)?.notice;
  return name && Object.prototype.hasOwnProperty.call(NOTICES, name) ? name : null;
}

/** The message a navigation carried (in its history state), above the page it led to. */
export function RouteNotice() {
  const { t } = useTranslation();
  const notice = noticeOf(useLocation().state);
  return <Notice>{notice ? t(NOTICES[notice]) : null}</Notice>;
}
