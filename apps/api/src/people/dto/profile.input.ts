import { Field, InputType } from '@nestjs/graphql';
import { HelpCategory } from '@village/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
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

  @Field(() => LifeStageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LifeStageInput)
  lifeStage?: LifeStageInput | null;
}
