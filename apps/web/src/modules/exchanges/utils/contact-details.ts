import { ContactDetailKind, findContactDetails } from '@village/shared';

export type ContactWarningKey =
  `exchange.contactWarning.${ContactDetailKind}` | 'exchange.contactWarning.both';

/**
 * What to say before a message with contact details is sent: the API refuses those (the same check,
 * `libs/shared/src/lib/contact-details.ts`), so people hear it while typing.
 */
export function contactWarningKey(text: string): ContactWarningKey | null {
  const [first, ...others] = findContactDetails(text);
  if (!first) return null;
  return others.length > 0 ? 'exchange.contactWarning.both' : `exchange.contactWarning.${first}`;
}
