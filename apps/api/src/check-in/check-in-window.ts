import { randomInt } from 'node:crypto';
import type { Occurrence } from '@village/shared';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * When organisers may change a date's register (tick, untick, head count, show the code): from an
 * hour before it starts, to set up, until a week after it ends, to put mistakes right.
 */
export const REGISTER_OPENS_BEFORE_START_MS = 60 * MINUTE;
export const REGISTER_CLOSES_AFTER_END_MS = 7 * DAY;

/** When the code at the venue works: from half an hour before the start to half an hour after the end. */
export const CHECK_IN_OPENS_BEFORE_START_MS = 30 * MINUTE;
export const CHECK_IN_CLOSES_AFTER_END_MS = 30 * MINUTE;

/** Wrong or expired codes one account may type within the window before it must wait. */
export const CHECK_IN_GUESSES = { max: 10, windowMs: 15 * MINUTE };

/** Letters and digits nobody confuses on a poster (no 0/O, 1/I/L): 31^6, about 887 million codes. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export interface Window {
  from: Date;
  until: Date;
}

export function registerWindow(date: Occurrence): Window {
  return {
    from: new Date(date.start.getTime() - REGISTER_OPENS_BEFORE_START_MS),
    until: new Date(date.end.getTime() + REGISTER_CLOSES_AFTER_END_MS),
  };
}

export function checkInWindow(date: Occurrence): Window {
  return {
    from: new Date(date.start.getTime() - CHECK_IN_OPENS_BEFORE_START_MS),
    until: new Date(date.end.getTime() + CHECK_IN_CLOSES_AFTER_END_MS),
  };
}

/** Whether `now` is before, inside or after a window (both ends included). */
export function whereIn(window: Window, now: Date): 'before' | 'open' | 'after' {
  if (now < window.from) return 'before';
  return now > window.until ? 'after' : 'open';
}

/** A new code, from the operating system's cryptographic random source. */
export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: capitals, without spaces or dashes ("abc-23x" is "ABC23X"). */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
