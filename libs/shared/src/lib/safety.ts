// Safety vocabulary shared by the API and the web (docs/architecture.md, "Safety"). Values are
// stored in PostgreSQL enums and exposed as GraphQL enums.

/** Whether a help post or a message is shown: held ones wait for a moderator, removed ones are gone. */
export enum ContentModeration {
  VISIBLE = 'VISIBLE',
  HELD = 'HELD',
  REMOVED = 'REMOVED',
}

export enum ModerationSubjectKind {
  HELP_POST = 'HELP_POST',
  EXCHANGE_MESSAGE = 'EXCHANGE_MESSAGE',
}

/** Why someone reported a post or a message. */
export enum ReportReason {
  SPAM_OR_SCAM = 'SPAM_OR_SCAM',
  ABUSIVE = 'ABUSIVE',
  INAPPROPRIATE = 'INAPPROPRIATE',
  UNSAFE = 'UNSAFE',
  NOT_GENUINE = 'NOT_GENUINE',
  OTHER = 'OTHER',
}

/** A queue item: waiting for a moderator, or decided (released, removed, or its reports dismissed). */
export enum ModerationState {
  PENDING = 'PENDING',
  RELEASED = 'RELEASED',
  REMOVED = 'REMOVED',
  DISMISSED = 'DISMISSED',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  DISMISSED = 'DISMISSED',
  UPHELD = 'UPHELD',
}

/** Where a safeguarding concern stands; the person who raised it sees this, never the lead's notes. */
export enum SafeguardingConcernStatus {
  RAISED = 'RAISED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}
