import { ArgsType, Field, GraphQLISODateTime, ID, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsPlainText } from '../../graphql/text-validation';
import { IsLocalDate } from './local-date';

export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One date of a session, named by the date its rule gives it. */
@ArgsType()
export class SessionDateArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be an id' })
  sessionId!: string;

  @Field({
    description:
      'The date as the rule gives it (YYYY-MM-DD, local), which stays its name when it is moved.',
  })
  @IsLocalDate()
  occursOn!: string;
}

@ArgsType()
export class CancelSessionDateArgs extends SessionDateArgs {
  @Field({ description: 'Why it is off, shown to the people going (2 to 300 characters).' })
  @IsString()
  @Length(2, 300, { message: 'reason must be 2 to 300 characters' })
  @IsPlainText()
  reason!: string;
}

@ArgsType()
export class MoveSessionDateArgs extends SessionDateArgs {
  @Field({ description: 'The new local date, YYYY-MM-DD.' })
  @IsLocalDate()
  toDate!: string;

  @Field({ description: 'The new local start time, HH:MM.' })
  @Matches(HH_MM, { message: 'toTime must be a time such as 10:30' })
  toTime!: string;
}

@ArgsType()
export class ChangeSessionTimeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be an id' })
  sessionId!: string;

  @Field({ description: 'The first date (as the rule gives it) that starts at the new time.' })
  @IsLocalDate()
  fromDate!: string;

  @Field({ description: 'The new local start time, HH:MM.' })
  @Matches(HH_MM, { message: 'startTime must be a time such as 10:30' })
  startTime!: string;

  @Field(() => Int, { nullable: true, description: 'A new length; the current one when absent.' })
  @IsOptional()
  @IsInt()
  @Min(5, { message: 'durationMinutes must be at least 5' })
  @Max(720, { message: 'durationMinutes must be at most 720' })
  durationMinutes?: number | null;
}

@ArgsType()
export class SessionOccurrencesArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Dates starting from this instant; when absent, every date not over yet.',
  })
  @IsOptional()
  from?: Date | null;

  @Field(() => Int, { defaultValue: 5, description: 'At most this many dates, 1 to 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  count: number = 5;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Also list cancelled dates, marked cancelled with their reason.',
  })
  @IsBoolean()
  includeCancelled: boolean = true;
}

@ArgsType()
export class SessionOccurrenceArgs {
  @Field({ description: 'The date as the rule gives it, YYYY-MM-DD.' })
  @IsLocalDate()
  occursOn!: string;
}
