import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ModerationState, ReportReason } from '@village/shared';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IdArgs } from '../../graphql/id.args';
import { PageArgs } from '../../graphql/pagination';

/** Removing a post or message, with a word to its author about why. */
@ArgsType()
export class RemoveModerationItemArgs extends IdArgs {
  @Field(() => String, {
    defaultValue: '',
    description:
      'Shown to the author with what was taken down: which rule it broke. Never who reported it.',
  })
  @IsString()
  @MaxLength(500)
  note: string = '';
}

@ArgsType()
export class ReportArgs {
  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason!: ReportReason;

  @Field({ defaultValue: '', description: 'Anything the moderators should know (optional).' })
  @IsString()
  @MaxLength(1000)
  details: string = '';
}

@ArgsType()
export class ReportHelpPostArgs extends ReportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'helpPostId must be an id' })
  helpPostId!: string;
}

@ArgsType()
export class ReportMessageArgs extends ReportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'messageId must be an id' })
  messageId!: string;
}

@ArgsType()
export class PersonIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One group’s items (its organisers, admins).' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId?: string | null;

  @Field(() => ModerationState, { defaultValue: ModerationState.PENDING })
  @IsEnum(ModerationState)
  state: ModerationState = ModerationState.PENDING;
}
