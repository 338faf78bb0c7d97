import { ArgsType, Field, GraphQLISODateTime, ID, Int, IntersectionType } from '@nestjs/graphql';
import { PREGNANCY_START_MONTHS } from '@village/shared';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsLanguageCode } from '../../graphql/validation';

@ArgsType()
export class SessionFilterArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only sessions run in this language (ISO 639-1).',
  })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only sessions suitable for a child of this age in months (negative: months until due).',
  })
  @IsOptional()
  @IsInt()
  @Min(PREGNANCY_START_MONTHS)
  @Max(216)
  ageMonths?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  freeOnly?: boolean | null;
}

@ArgsType()
export class SessionsArgs extends IntersectionType(PageArgs, SessionFilterArgs, ArgsType) {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'spaceId must be an id' })
  spaceId?: string | null;
}

@ArgsType()
export class UpcomingSessionsArgs extends SessionFilterArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Start of the window; now when absent.',
  })
  @IsOptional()
  from?: Date | null;

  @Field(() => Int, { defaultValue: 7, description: 'Length of the window in days, 1 to 14.' })
  @IsInt()
  @Min(1)
  @Max(14)
  days: number = 7;

  @Field(() => Int, { defaultValue: 20, description: 'At most this many occurrences, 1 to 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 20;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also list cancelled dates, marked cancelled with their reason.',
  })
  @IsBoolean()
  includeCancelled: boolean = false;
}
