import { ReportReason, SafeguardingConcernStatus } from '../../../gql/graphql';

/** The reasons a person can give, in the order the report form offers them. */
export const REPORT_REASONS: readonly ReportReason[] = [
  ReportReason.Unsafe,
  ReportReason.SpamOrScam,
  ReportReason.Abusive,
  ReportReason.Inappropriate,
  ReportReason.NotGenuine,
  ReportReason.Other,
];

/** Where a concern can stand, in the order it moves. */
export const CONCERN_STATUSES: readonly SafeguardingConcernStatus[] = [
  SafeguardingConcernStatus.Raised,
  SafeguardingConcernStatus.InProgress,
  SafeguardingConcernStatus.Closed,
];

/** The API's shortest length for a concern, so the form can say so before sending. */
export const CONCERN_MIN_LENGTH = 10;
export const CONCERN_MAX_LENGTH = 4000;
/** The API's limit on a moderator's note to the author of what they take down. */
export const REMOVAL_NOTE_MAX_LENGTH = 500;

export const REPORT_DETAILS_MAX_LENGTH = 1000;
