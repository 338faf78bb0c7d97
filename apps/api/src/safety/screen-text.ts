import { findContactDetails, RISK_RULE_DESCRIPTIONS, screenRiskyContent } from '@village/shared';
import { badInput, DomainError, ErrorCode } from '../graphql/domain-error';

/**
 * Refuses text that carries a phone number or an email address, saying so, rather than changing
 * what someone wrote behind their back (docs/architecture.md, "Help and exchanges").
 */
export function refuseContactDetails(
  text: string,
  field: string,
  refusal = 'To keep everyone safe, messages cannot include phone numbers or email addresses. Agree where and when to meet here instead.',
): void {
  const found = findContactDetails(text);
  if (found.length > 0)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, refusal, field, {
      contactDetails: found.join(','),
    });
}

/** A message's text: no contact details, not empty; returned trimmed. */
export function screenText(text: string, field: string): string {
  refuseContactDetails(text, field);
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Write something first.', field);
  return trimmed;
}

/**
 * Thanks, screened as a message is; risky content is refused rather than held, because thanks
 * have no moderation queue of their own and come after the exchange, when nothing more is needed.
 */
export function screenThanks(text: string): string {
  const message = screenText(text, 'message');
  const [risk] = screenRiskyContent(message);
  if (risk)
    throw badInput(
      `Thanks cannot ask for anything more. ${RISK_RULE_DESCRIPTIONS[risk.rule]} If something worries you, raise a safeguarding concern.`,
      'message',
    );
  return message;
}
