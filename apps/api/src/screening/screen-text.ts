import {
  findContactDetails,
  findPaymentDetails,
  RISK_RULE_DESCRIPTIONS,
  RiskRule,
  screenRiskyContent,
} from '@village/shared';
import { badInput, DomainError, ErrorCode } from '../graphql/domain-error';

/**
 * Refuses text that carries a phone number, an email address or a messaging handle, saying so, rather than changing
 * what someone wrote behind their back (docs/architecture.md, "Help and exchanges").
 */
export function refuseContactDetails(
  text: string,
  field: string,
  refusal = 'To keep everyone safe, messages cannot include phone numbers, email addresses or messaging handles. Agree where and when to meet here instead.',
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

/**
 * Rules that refuse a group's or a session's public text, with what to do instead. Medicines are left
 * out (a baby clinic names them in good faith), and so is asking for money as such (a session says
 * "pay £2 on the door"); asking for bank or card details is refused (`findPaymentDetails`).
 */
const LISTING_RULES: Readonly<Partial<Record<RiskRule, string>>> = {
  [RiskRule.CHILD_PHOTOS]: 'Village never asks for photos of children.',
  [RiskRule.MEETING_ALONE]: 'Sessions meet in public spaces.',
};

/**
 * A group's or a session's name or description, screened as posts are. Listings have no moderation
 * queue and are public the moment they are saved, so what would hold a post is refused here, naming
 * the rule; contact details are refused as in messages.
 */
export function screenListingText(text: string, field: string): void {
  refuseContactDetails(
    text,
    field,
    'Group and session details cannot include phone numbers, email addresses or messaging handles. Give the group’s website instead; people who join can talk to you in Village.',
  );
  const payment = findPaymentDetails(text);
  if (payment)
    throw refusedListing(
      field,
      payment.rule,
      'Put what a session costs in its cost, and take payment in person.',
    );
  for (const { rule } of screenRiskyContent(text)) {
    const instead = LISTING_RULES[rule];
    if (instead) throw refusedListing(field, rule, instead);
  }
}

function refusedListing(field: string, rule: RiskRule, instead: string): DomainError {
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `This cannot go in a group’s or a session’s details. ${RISK_RULE_DESCRIPTIONS[rule]} ${instead}`,
    field,
    { riskRule: rule },
  );
}
