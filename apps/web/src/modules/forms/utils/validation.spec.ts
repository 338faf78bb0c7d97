import {
  checkBirthMonth,
  checkDisplayName,
  checkDueMonth,
  checkEmail,
  checkNewPassword,
  checkPasswordGiven,
  checkPurpose,
} from './validation';

const today = new Date('2026-10-14T12:00:00Z');

describe('form checks', () => {
  it('asks for an email address that looks like one', () => {
    expect(checkEmail('')).toBe('validation.emailRequired');
    expect(checkEmail('   ')).toBe('validation.emailRequired');
    expect(checkEmail('amina')).toBe('validation.emailInvalid');
    expect(checkEmail('amina@example')).toBe('validation.emailInvalid');
    expect(checkEmail(' amina@example.org ')).toBeNull();
  });

  it('holds a new password to the API’s 10 to 200 characters', () => {
    expect(checkNewPassword('')).toBe('validation.passwordRequired');
    expect(checkNewPassword('123456789')).toBe('validation.passwordTooShort');
    expect(checkNewPassword('1234567890')).toBeNull();
    expect(checkNewPassword('x'.repeat(201))).toBe('validation.passwordTooLong');
    // Signing in only needs something typed: the API says whether it matches.
    expect(checkPasswordGiven('short')).toBeNull();
    expect(checkPasswordGiven('')).toBe('validation.passwordRequired');
  });

  it('asks for a name of at most 60 characters, ignoring spaces around it', () => {
    expect(checkDisplayName('  ')).toBe('validation.displayNameRequired');
    expect(checkDisplayName(' Amina ')).toBeNull();
    expect(checkDisplayName('a'.repeat(61))).toBe('validation.displayNameTooLong');
  });

  it('takes a due month from last month to ten months ahead', () => {
    expect(checkDueMonth('2026-13', today)).toBe('validation.monthInvalid');
    expect(checkDueMonth('March 2027', today)).toBe('validation.monthInvalid');
    expect(checkDueMonth('2026-08', today)).toBe('validation.dueMonthOutOfRange');
    expect(checkDueMonth('2026-09', today)).toBeNull();
    expect(checkDueMonth('2027-08', today)).toBeNull();
    expect(checkDueMonth('2027-09', today)).toBe('validation.dueMonthOutOfRange');
  });

  it('takes a birth month in the past 18 years and not in the future', () => {
    expect(checkBirthMonth('2026-11', today)).toBe('validation.birthMonthOutOfRange');
    expect(checkBirthMonth('2026-10', today)).toBeNull();
    expect(checkBirthMonth('2008-11', today)).toBeNull();
    expect(checkBirthMonth('2008-10', today)).toBe('validation.birthMonthOutOfRange');
  });

  it('asks for a purpose of 3 to 300 characters', () => {
    expect(checkPurpose(' ab ')).toBe('validation.purposeTooShort');
    expect(checkPurpose('Help with forms')).toBeNull();
    expect(checkPurpose('x'.repeat(301))).toBe('validation.purposeTooLong');
  });
});
