import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  OmitType,
  PartialType,
} from '@nestjs/graphql';
import { HelpCategory, HelpPostKind } from '@village/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsAreaCell, IsLanguageCode } from '../../graphql/validation';
import { AvailabilitySlotInput } from '../availability-slot.model';

@InputType()
export class CreateHelpPostInput {
  @Field(() => HelpPostKind)
  @IsEnum(HelpPostKind)
  kind!: HelpPostKind;

  @Field(() => HelpCategory)
  @IsEnum(HelpCategory)
  category!: HelpCategory;

  @Field()
  @IsString()
  @Length(3, 120, { message: 'title must be 3 to 120 characters' })
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  description!: string;

  @Field({ description: 'Approximate area: an H3 resolution-8 cell.' })
  @IsAreaCell()
  areaCell!: string;

  @Field({ defaultValue: '', description: 'When the author is free, in their own words.' })
  @IsString()
  @MaxLength(300)
  availability!: string;

  @Field(() => [AvailabilitySlotInput], {
    defaultValue: [],
    description: 'When the author is free, as parts of days of the week: used to find matches.',
  })
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => AvailabilitySlotInput)
  availabilitySlots!: AvailabilitySlotInput[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Languages you are happy to use for this (ISO 639-1). Shown on the post.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsLanguageCode({ each: true })
  languages!: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Post for a group you organise; without it the post is yours.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'authorGroupId must be an id' })
  authorGroupId?: string | null;
}

@InputType()
export class UpdateHelpPostInput extends PartialType(
  OmitType(CreateHelpPostInput, ['authorGroupId', 'kind'] as const),
  { omitDefaultValues: true },
) {}
