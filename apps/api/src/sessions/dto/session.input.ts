import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { PREGNANCY_START_MONTHS } from '@village/shared';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsPlainText } from '../../graphql/text-validation';
import { IsLanguageCode } from '../../graphql/validation';
import { IsLocalDate } from './local-date';
import { HH_MM } from './session-date.args';

@InputType()
export class CreateSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'spaceId must be an id' })
  spaceId!: string;

  @Field()
  @IsString()
  @Length(2, 120, { message: 'title must be 2 to 120 characters' })
  @IsPlainText()
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  @IsPlainText({ lineBreaks: true })
  description!: string;

  @Field({ description: 'RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU.' })
  @IsString()
  @MaxLength(300)
  recurrence!: string;

  @Field({ description: 'First date, YYYY-MM-DD.' })
  @IsLocalDate()
  startDate!: string;

  @Field({ description: 'Local start time, HH:MM (Europe/London).' })
  @Matches(HH_MM, { message: 'startTime must be a time such as 10:30' })
  startTime!: string;

  @Field(() => Int)
  @IsInt()
  @Min(5, { message: 'durationMinutes must be at least 5' })
  @Max(720, { message: 'durationMinutes must be at most 720' })
  durationMinutes!: number;

  @Field(() => Int, { description: 'Youngest age in months; -9 to -1 is pregnancy.' })
  @IsInt()
  @Min(PREGNANCY_START_MONTHS, { message: 'minAgeMonths must be at least -9 (early pregnancy)' })
  @Max(216)
  minAgeMonths!: number;

  @Field(() => Int)
  @IsInt()
  @Min(PREGNANCY_START_MONTHS)
  @Max(216, { message: 'maxAgeMonths must be at most 216' })
  maxAgeMonths!: number;

  @Field(() => [String], { defaultValue: ['en'] })
  @ArrayMaxSize(8)
  @IsLanguageCode({ each: true })
  languages!: string[];

  @Field(() => Int, { defaultValue: 0, description: 'Cost in pence; 0 is free.' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  costPence!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number | null;
}

@InputType()
export class UpdateSessionInput extends PartialType(
  OmitType(CreateSessionInput, ['groupId'] as const),
  { omitDefaultValues: true },
) {}
