/**
 * Checks a form makes before it asks the API, mirroring the API's own rules so people hear about a
 * mistake at once and in their language. Each returns the key of the message to show, or null.
 */

/** The API's password length limits (apps/api identity/passwords.ts). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 60;
export const PURPOSE_MIN_LENGTH = 3;
export const PURPOSE_MAX_LENGTH = 300;

export type ValidationKey =
  | 'validation.emailRequired'
  | 'validation.emailInvalid'
  | 'validation.passwordRequired'
  | 'validation.passwordTooShort'
  | 'validation.passwordTooLong'
  | 'validation.displayNameRequired'
  | 'validation.displayNameTooLong'
  | 'validation.monthInvalid'
  | 'validation.dueMonthOutOfRange'
  | 'validation.birthMonthOutOfRange'
  | 'validation.organisationRequired'
  | 'validation.purposeTooShort'
  | 'validation.purposeTooLong';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function checkEmail(email: string): ValidationKey | null {
  const trimmed = email.trim();
  if (!trimmed) return 'validation.emailRequired';
  return EMAIL.test(trimmed) && trimmed.length <= 254 ? null : 'validation.emailInvalid';
}

/** Signing in only needs something typed: the API says whether it matches. */
export function checkPasswordGiven(password: string): ValidationKey | null {
  return password ? null : 'validation.passwordRequired';
}

/** A password being chosen: the API's length rule. */
export function checkNewPassword(password: string): ValidationKey | null {
  if (!password) return 'validation.passwordRequired';
  if (password.length < PASSWORD_MIN_LENGTH) return 'validation.passwordTooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'validation.passwordTooLong';
  return null;
}

export function checkDisplayName(name: string): ValidationKey | null {
  const trimmed = name.trim();
  if (!trimmed) return 'validation.displayNameRequired';
  return trimmed.length > DISPLAY_NAME_MAX_LENGTH ? 'validation.displayNameTooLong' : null;
}

/** Months from January of year 0, so months compare and subtract as numbers. */
function monthIndex(month: string): number | null {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** "YYYY-MM" of the month `today` falls in. */
export function monthOf(today: Date): string {
  return today.toISOString().slice(0, 7);
}

/** A due month: written YYYY-MM, from last month (babies come late) to ten months ahead. */
export function checkDueMonth(month: string, today: Date): ValidationKey | null {
  const due = monthIndex(month);
  if (due === null) return 'validation.monthInvalid';
  const now = monthIndex(monthOf(today))!;
  return due < now - 1 || due > now + 10 ? 'validation.dueMonthOutOfRange' : null;
}

/** A child's birth month: written YYYY-MM, not in the future, and under 18 years ago. */
export function checkBirthMonth(month: string, today: Date): ValidationKey | null {
  const born = monthIndex(month);
  if (born === null) return 'validation.monthInvalid';
  const now = monthIndex(monthOf(today))!;
  return born > now || born <= now - 18 * 12 ? 'validation.birthMonthOutOfRange' : null;
}

/** Why an organisation may support me: the API keeps 3 to 300 characters. */
export function checkPurpose(purpose: string): ValidationKey | null {
  const length = purpose.trim().length;
  if (length < PURPOSE_MIN_LENGTH) return 'validation.purposeTooShort';
  return length > PURPOSE_MAX_LENGTH ? 'validation.purposeTooLong' : null;
}
