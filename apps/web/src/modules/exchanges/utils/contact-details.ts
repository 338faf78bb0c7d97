import { ContactDetailKind, findContactDetails } from '@village/shared';

export type ContactWarningKey =
  | 'exchange.contactWarning.PHONE_NUMBER'
  | 'exchange.contactWarning.EMAIL_ADDRESS'
  | 'exchange.contactWarning.both';

/**
 * What to say before a message with a phone number or an email address is sent: the API refuses
 * those (the same check, `libs/shared/src/lib/contact-details.ts`), so people hear it while typing.
 */
export function contactWarningKey(text: string): ContactWarningKey | null {
  const found = findContactDetails(text);
  if (found.length === 0) return null;
  if (found.length > 1) return 'exchange.contactWarning.both';
  return found[0] === ContactDetailKind.PHONE_NUMBER
    ? 'exchange.contactWarning.PHONE_NUMBER'
    : 'exchange.contactWarning.EMAIL_ADDRESS';
}
