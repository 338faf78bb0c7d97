import { registerEnumType } from '@nestjs/graphql';
import {
  AccessibilityFeature,
  AccountRole,
  ConsentKind,
  DistanceBand,
  ExchangeStatus,
  HelpMatchReasonKind,
  SuggestionReasonKind,
  PartOfDay,
  VettingCheck,
  GroupKind,
  HelpCategory,
  HelpPostKind,
  HelpPostStatus,
  MembershipRole,
  SpaceKind,
  TieKind,
  TieProvenance,
  ContentModeration,
  ModerationState,
  ModerationSubjectKind,
  ReportReason,
  ReportStatus,
  RiskRule,
  SafeguardingConcernStatus,
  RsvpStatus,
  AttendanceMethod,
} from '@village/shared';

// The shared enums, registered once so the schema and the web client speak the same values.
registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(SpaceKind, { name: 'SpaceKind' });
registerEnumType(AccessibilityFeature, { name: 'AccessibilityFeature' });
registerEnumType(HelpPostKind, { name: 'HelpPostKind' });
registerEnumType(HelpCategory, { name: 'HelpCategory' });
registerEnumType(HelpPostStatus, { name: 'HelpPostStatus' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(TieKind, { name: 'TieKind' });
registerEnumType(TieProvenance, { name: 'TieProvenance' });
registerEnumType(AccountRole, { name: 'AccountRole' });
registerEnumType(ConsentKind, { name: 'ConsentKind' });
registerEnumType(VettingCheck, { name: 'VettingCheck' });
registerEnumType(DistanceBand, { name: 'DistanceBand' });
registerEnumType(PartOfDay, { name: 'PartOfDay' });
registerEnumType(ExchangeStatus, { name: 'ExchangeStatus' });
registerEnumType(HelpMatchReasonKind, { name: 'HelpMatchReasonKind' });
registerEnumType(ContentModeration, { name: 'ContentModeration' });
registerEnumType(ModerationState, { name: 'ModerationState' });
registerEnumType(ModerationSubjectKind, { name: 'ModerationSubjectKind' });
registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(RiskRule, { name: 'RiskRule' });
registerEnumType(SafeguardingConcernStatus, { name: 'SafeguardingConcernStatus' });
registerEnumType(RsvpStatus, { name: 'RsvpStatus' });
registerEnumType(AttendanceMethod, {
  name: 'AttendanceMethod',
  description: 'REGISTER: ticked by an organiser; SELF: checked in with the code at the venue.',
});
registerEnumType(SuggestionReasonKind, {
  name: 'SuggestionReasonKind',
  description:
    'ON_YOUR_DAY: it meets on a day you said suits you (detail: the first such start, "TU 10:00", town time); PEOPLE_YOU_KNOW_GO: people you are connected to go and let you see it; NEW_CIRCLE: most who go are in parts of the town where you have no ties yet; MEET_AN_ORGANISER: a first tie to someone who runs things.',
});
