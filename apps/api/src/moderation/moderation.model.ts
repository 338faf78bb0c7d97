import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  ModerationState,
  ModerationSubjectKind,
  ReportReason,
  ReportStatus,
  RiskRule,
} from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection } from '../graphql/pagination';

@ObjectType('ScreeningMatch', {
  description: 'Why screening held a post or message: the rule and the words that matched.',
})
@PersonalData()
export class ScreeningMatchModel {
  @Field(() => RiskRule)
  @Allow(ThroughParent)
  rule!: RiskRule;

  @Field({ description: 'The words that matched, as written.' })
  @Allow(ThroughParent)
  phrase!: string;

  @Field({ description: 'What the rule looks for, for the moderator.' })
  @Allow(ThroughParent)
  description!: string;
}

@ObjectType('ModerationReport', {
  description: 'One report of a post or message. Who made it is never shown to anyone.',
})
@PersonalData()
export class ModerationReportModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => ReportReason)
  @Allow(ThroughParent)
  reason!: ReportReason;

  @Field({ description: 'The reporter’s own words, if they gave any.' })
  @Allow(ThroughParent)
  details!: string;

  @Field(() => ReportStatus)
  @Allow(ThroughParent)
  status!: ReportStatus;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  createdAt!: Date;
}

@ObjectType('ModerationItem', {
  description:
    'A post or message in the moderation queue: held by screening, reported, or both. For the group’s organisers and admins.',
})
@PersonalData()
export class ModerationItemModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => ModerationSubjectKind)
  @Allow(ThroughParent)
  subjectKind!: ModerationSubjectKind;

  @Field(() => ModerationState)
  @Allow(ThroughParent)
  state!: ModerationState;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Allow(ThroughParent)
  decidedAt!: Date | null;

  helpPostId!: string | null;
  exchangeMessageId!: string | null;
  groupId!: string | null;
  authorPersonId!: string | null;
  screening!: { rule: RiskRule; phrase: string }[];
}

@ObjectType()
export class ModerationItemConnection extends Connection(ModerationItemModel, 'ModerationItem') {}
