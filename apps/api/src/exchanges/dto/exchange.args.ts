import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { ExchangeStatus } from '@village/shared';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { SinceArgs } from '../../realtime/dto/since.args';

@ArgsType()
export class ExchangeIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'exchangeId must be an id' })
  exchangeId!: string;
}

/** One exchange's live stream, caught up from `since`. */
@ArgsType()
export class ExchangeSinceArgs extends IntersectionType(ExchangeIdArgs, SinceArgs, ArgsType) {}

@ArgsType()
export class RespondToHelpPostArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'helpPostId must be an id' })
  helpPostId!: string;

  @Field({ description: 'The first message to the post’s author: no phone numbers or emails.' })
  @IsString()
  @MaxLength(2000)
  message!: string;
}

@ArgsType()
export class ExchangeMessageArgs extends ExchangeIdArgs {
  @Field({ description: 'No phone numbers or email addresses: they are refused.' })
  @IsString()
  @MaxLength(2000)
  body!: string;
}

@ArgsType()
export class ThankArgs extends ExchangeIdArgs {
  @Field({ description: 'Seen only by the other side of the exchange.' })
  @IsString()
  @MaxLength(1000)
  message!: string;
}

@ArgsType()
export class FeedbackArgs extends ExchangeIdArgs {
  @Field()
  @IsBoolean()
  feltWelcome!: boolean;

  @Field()
  @IsBoolean()
  feltListenedTo!: boolean;

  @Field()
  @IsBoolean()
  wouldMeetAgain!: boolean;
}

@ArgsType()
export class ExchangeMessagesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'exchangeId must be an id' })
  exchangeId!: string;
}

@ArgsType()
export class ExchangesArgs extends PageArgs {
  @Field(() => ExchangeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ExchangeStatus)
  status?: ExchangeStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only the exchanges about this post.' })
  @IsOptional()
  @IsUUID('all', { message: 'helpPostId must be an id' })
  helpPostId?: string | null;
}

@ArgsType()
export class GroupExchangesArgs extends ExchangesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId!: string;
}

@ArgsType()
export class FeedbackSummaryArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'A group: how people felt in exchanges with it. Without it: the whole town.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId?: string | null;
}
