/**
 * Finds phone numbers and email addresses in text people send each other through Village, so that
 * nobody's contact details travel through an exchange before they choose to meet. Written to catch
 * the usual ways of typing them (spaces, dashes, brackets, "+44", digits in any script, "at" and
 * "dot" spelt out); a determined person can still get round it, so it is a safeguard, not a wall.
 */
export enum ContactDetailKind {
  PHONE_NUMBER = 'PHONE_NUMBER',
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
}

/** Nine or more digits (in any script) with only spaces, dots, dashes or brackets between them. */
const PHONE = /(?:\+\s*)?\p{Nd}(?:[\s.()\-‐-―]*\p{Nd}){8,}/u;

const AT = String.raw`(?:@|＠|\s*[([]\s*at\s*[)\]]\s*|\s+at\s+)`;
const DOT = String.raw`(?:\.|\s*[([]\s*dot\s*[)\]]\s*|\s+dot\s+)`;
const EMAIL = new RegExp(
  String.raw`[\p{L}\p{N}._%+\-]+\s*${AT}\s*[\p{L}\p{N}\-]+(?:${DOT}[\p{L}\p{N}\-]+)*${DOT}\p{L}{2,}`,
  'iu',
);
/**
 * With "@" it is an address; with "at" spelt out ("see you at church.Thanks") only when "dot" is
 * spelt out too or it ends like an address does.
 */
const ADDRESS_ENDING = /(?:dot|\.)\s*(?:com|net|org|info|uk|pl|ro|sk|pk|bd|in|me|io)$/i;
const isAddress = (match: string) =>
  /[@＠]/.test(match) || /dot/i.test(match) || ADDRESS_ENDING.test(match);

export function findContactDetails(text: string): ContactDetailKind[] {
  const found: ContactDetailKind[] = [];
  if (PHONE.test(text)) found.push(ContactDetailKind.PHONE_NUMBER);
  const email = EMAIL.exec(text);
  if (email && isAddress(email[0])) found.push(ContactDetailKind.EMAIL_ADDRESS);
  return found;
}
