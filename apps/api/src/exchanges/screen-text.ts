import { findContactDetails } from '@village/shared';
import { DomainError, ErrorCode } from '../graphql/domain-error';

/**
 * Refuses text that carries a phone number or an email address, saying so, rather than changing
 * what someone wrote behind their back (docs/architecture.md, "Help and exchanges"). Returns the
 * text trimmed.
 */
export function screenText(text: string, field: string): string {
  const found = findContactDetails(text);
  if (found.length > 0)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'To keep everyone safe, messages cannot include phone numbers or email addresses. Agree where and when to meet here instead.',
      field,
      { contactDetails: found.join(',') },
    );
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Write something first.', field);
  return trimmed;
}
