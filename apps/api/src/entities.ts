import { TieEntity } from './ties/tie.entity';
import { TieEvidenceEntity } from './ties/tie-evidence.entity';
import { TieHiddenEntity } from './ties/tie-hidden.entity';
import { TieRefusalEntity } from './ties/tie-refusal.entity';
import { GroupEntity } from './groups/group.entity';
import { MembershipEntity } from './groups/membership.entity';
import { CoOrganiserInvitationEntity } from './groups/co-organiser-invitation.entity';
import { HelpPostEntity } from './help/help-post.entity';
import { HouseholdEntity } from './people/household.entity';
import { PersonEntity } from './people/person.entity';
import { SessionEntity } from './sessions/session.entity';
import { SessionRsvpEntity } from './sessions/session-rsvp.entity';
import { SpaceEntity } from './spaces/space.entity';
import { SpaceStewardEntity } from './spaces/space-steward.entity';
import { SpaceChangeProposalEntity } from './spaces/space-change-proposal.entity';
import { PartnershipEntity } from './partnerships/partnership.entity';

import { WorkerVettingEntity } from './staff/worker-vetting.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { AttendanceEntity } from './check-in/attendance.entity';
import { CheckInCodeEntity } from './check-in/check-in-code.entity';
import { CheckInFailureEntity } from './check-in/check-in-failure.entity';
import { SessionDateHeadcountEntity } from './check-in/session-date-headcount.entity';
import { CalendarFeedTokenEntity } from './calendar/calendar-feed-token.entity';
import { SavedSessionEntity } from './calendar/saved-session.entity';
import { SavedSearchEntity } from './discovery/saved-search.entity';
import { ConsentEntity } from './consent/consent.entity';
import { AccountEntity } from './identity/account.entity';
import { AuthSessionEntity } from './identity/auth-session.entity';
import { PasswordResetEntity } from './identity/password-reset.entity';
import { SignInFailureEntity } from './identity/sign-in-failure.entity';
import { PeopleSearchOriginEntity } from './neighbours/people-search-origin.entity';
import { PeopleSearchProfileEntity } from './neighbours/people-search-profile.entity';
import { ExternalRefEntity } from './oruk/external-ref.entity';
import { ExchangeEntity } from './exchanges/exchange.entity';
import { RealtimeEventEntity } from './realtime/realtime-event.entity';
import { ExchangeFeedbackEntity } from './exchanges/exchange-feedback.entity';
import { ExchangeMessageEntity } from './exchanges/exchange-message.entity';
import { ExchangeThanksEntity } from './exchanges/exchange-thanks.entity';
import { PersonBlockEntity } from './blocks/person-block.entity';
import { ModerationItemEntity } from './screening/moderation-item.entity';
import { ContentReportEntity } from './moderation/content-report.entity';
import { SafeguardingConcernEntity } from './safeguarding/safeguarding-concern.entity';
import { PostcodeEntity } from './places/postcode.entity';
import { GraphSnapshotEntity } from './analytics/graph-snapshot.entity';
import { GraphPersonMeasureEntity } from './analytics/graph-person-measure.entity';
import { GraphHouseholdConnectednessEntity } from './analytics/graph-household-connectedness.entity';
import { GraphAreaMeasureEntity } from './analytics/graph-area-measure.entity';
import { GraphGroupMeasureEntity } from './analytics/graph-group-measure.entity';
import { GraphGroupCommunityEntity } from './analytics/graph-group-community.entity';

export const ENTITIES = [
  HouseholdEntity,
  PersonEntity,
  GroupEntity,
  MembershipEntity,
  CoOrganiserInvitationEntity,
  SpaceEntity,
  SpaceStewardEntity,
  SessionEntity,
  SessionRsvpEntity,
  HelpPostEntity,
  TieEntity,
  TieEvidenceEntity,
  TieHiddenEntity,
  TieRefusalEntity,
  AccountEntity,
  AuthSessionEntity,
  PasswordResetEntity,
  SignInFailureEntity,
  ConsentEntity,
  WorkerVettingEntity,
  AuditEventEntity,
  SavedSearchEntity,
  SavedSessionEntity,
  CalendarFeedTokenEntity,
  PeopleSearchOriginEntity,
  PeopleSearchProfileEntity,
  ExternalRefEntity,
  ExchangeEntity,
  ExchangeMessageEntity,
  ExchangeThanksEntity,
  ExchangeFeedbackEntity,
  PersonBlockEntity,
  ModerationItemEntity,
  ContentReportEntity,
  SafeguardingConcernEntity,
  RealtimeEventEntity,
  SpaceChangeProposalEntity,
  PartnershipEntity,
  AttendanceEntity,
  SessionDateHeadcountEntity,
  CheckInCodeEntity,
  CheckInFailureEntity,
  PostcodeEntity,
  GraphSnapshotEntity,
  GraphPersonMeasureEntity,
  GraphHouseholdConnectednessEntity,
  GraphAreaMeasureEntity,
  GraphGroupMeasureEntity,
  GraphGroupCommunityEntity,
];
