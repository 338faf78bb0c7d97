import { Field, InputType, Int } from '@nestjs/graphql';
import { HelpCategory } from '@village/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsAreaCell, IsLanguageCode } from '../../graphql/validation';

// Stored as the first day of the month: PostgreSQL has no year 0, so 0000 is not a month.
const MONTH = /^(?!0000)\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: "Expecting, and children's birth months: never names or exact dates." })
export class LifeStageInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM of the month a baby is due.' })
  @IsOptional()
  @Matches(MONTH, { message: 'dueMonth must be a month written YYYY-MM' })
  dueMonth?: string | null;

  @Field(() => [String], { defaultValue: [], description: "Each child's birth month, YYYY-MM." })
  @ArrayMaxSize(12)
  @Matches(MONTH, { each: true, message: 'childBirthMonths must be months written YYYY-MM' })
  childBirthMonths!: string[];
}

/** What a person says about themself; every field optional so the same input serves updates. */
@InputType()
export class ProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: 'displayName must be 1 to 60 characters' })
  displayName?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Rough home area: an H3 resolution-8 cell (about 0.7 km²), worked out on the device.',
  })
  @IsOptional()
  @IsAreaCell()
  areaCell?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsLanguageCode({ each: true })
  languages?: string[];

  @Field(() => [HelpCategory], { nullable: true })
  @IsOptional()
  @IsEnum(HelpCategory, { each: true })
  canOffer?: HelpCategory[];

  @Field(() => [HelpCategory], { nullable: true })
  @IsOptional()
  @IsEnum(HelpCategory, { each: true })
  wouldLike?: HelpCategory[];

  @Field(() => [Int], {
    nullable: true,
    description:
      'ISO weekdays (1 = Monday … 7 = Sunday) that suit me for sessions; none means any day. Only I see them.',
  })
  @IsOptional()
  @ArrayMaxSize(7)
  @ArrayUnique({ message: 'suitableWeekdays must not repeat a day' })
  @IsInt({ each: true, message: 'suitableWeekdays must be whole numbers from 1 to 7' })
  @Min(1, { each: true, message: 'suitableWeekdays must be whole numbers from 1 to 7' })
  @Max(7, { each: true, message: 'suitableWeekdays must be whole numbers from 1 to 7' })
  suitableWeekdays?: number[];

  @Field(() => LifeStageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LifeStageInput)
  lifeStage?: LifeStageInput | null;
}
