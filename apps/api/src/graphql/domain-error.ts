/** Codes a client can act on; every error a user sees carries one. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database is out of reach for now: try again after `retryAfterSeconds`. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** An expected failure with a message written for the person using Village. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Extra facts a client can act on, e.g. `retryAfterSeconds`. */
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `We could not find that ${what}.`);
export const badInput = (message: string, field?: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
export const unauthenticated = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'Please sign in to do this.');
export const forbidden = (message = 'You do not have permission to see or do this.') =>
  new DomainError(ErrorCode.FORBIDDEN, message);
/** The thing is not in a state where this can happen (a fulfilled post reopening, a second thank-you). */
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
