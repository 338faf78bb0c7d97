import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ContentModeration, ExchangeStatus } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection } from '../graphql/pagination';
import { LogEventModel } from '../realtime/log-event.model';
import type { ExchangeMessageEntity } from './exchange-message.entity';
import { ExchangeSide } from './exchange-sides';

registerEnumType(ExchangeSide, {
  name: 'ExchangeSide',
  description: 'The post’s side (its author, or its group) or the person who responded.',
});

@ObjectType('Exchange', {
  description:
    'One person answering one help post, through to completion: seen only by its two sides.',
})
@PersonalData()
export class ExchangeModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => ExchangeStatus)
  @Allow(ThroughParent)
  status!: ExchangeStatus;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Allow(ThroughParent)
  fulfilledAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Allow(ThroughParent)
  cancelledAt!: Date | null;

  helpPostId!: string;
  responderPersonId!: string;
  postSideAgreedAt!: Date | null;
  responderAgreedAt!: Date | null;
}

@ObjectType()
export class ExchangeConnection extends Connection(ExchangeModel, 'Exchange') {}

@ObjectType('ExchangeMessage', { description: 'One message of an exchange’s conversation.' })
@PersonalData()
export class ExchangeMessageModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field()
  @Allow(ThroughParent)
  body!: string;

  @Field(() => ExchangeSide)
  @Allow(ThroughParent)
  side!: ExchangeSide;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  sentAt!: Date;

  @Field(() => ContentModeration, {
    description:
      'VISIBLE; the author alone sees their own message as HELD (waiting for a moderator) or REMOVED.',
  })
  @Allow(ThroughParent)
  moderation!: ContentModeration;

  authorPersonId!: string;
}

/** A message as its exchange's sides see it. */
export function toMessageModel(message: ExchangeMessageEntity): ExchangeMessageModel {
  return {
    id: message.id,
    body: message.body,
    side: message.fromPostSide ? ExchangeSide.POST : ExchangeSide.RESPONDER,
    sentAt: message.createdAt,
    moderation: message.moderation,
    authorPersonId: message.authorPersonId,
  };
}

@ObjectType('ExchangeEvent', {
  description:
    'A response to a post, or a change to an exchange, with the event’s place in the log.',
})
export class ExchangeEventModel extends LogEventModel {
  @Field(() => ExchangeModel, { description: 'The exchange as it is now.' })
  @Allow(ThroughParent)
  exchange!: ExchangeModel;
}

@ObjectType('ExchangeMessageEvent', {
  description: 'A message that reached a conversation, with the event’s place in the log.',
})
export class ExchangeMessageEventModel extends LogEventModel {
  @Field(() => ExchangeMessageModel)
  @Allow(ThroughParent)
  message!: ExchangeMessageModel;
}

@ObjectType()
export class ExchangeMessageConnection extends Connection(
  ExchangeMessageModel,
  'ExchangeMessage',
) {}

@ObjectType('ExchangeThanks', { description: 'A thank-you, seen only by the two sides.' })
@PersonalData()
export class ExchangeThanksModel {
  @Field()
  @Allow(ThroughParent)
  message!: string;

  @Field(() => ExchangeSide)
  @Allow(ThroughParent)
  side!: ExchangeSide;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  createdAt!: Date;

  authorPersonId!: string;
}

@ObjectType('RelationalFeedbackSummary', {
  description:
    'How people felt in exchanges, as shares of at least 5 responses: never about one person.',
})
export class RelationalFeedbackSummaryModel {
  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { description: 'Share (0 to 1) who felt welcome.' })
  feltWelcome!: number;

  @Field(() => Float, { description: 'Share (0 to 1) who felt listened to.' })
  feltListenedTo!: number;

  @Field(() => Float, { description: 'Share (0 to 1) who would meet again.' })
  wouldMeetAgain!: number;
}
