import { Field, Float, InputType, Int, PartialType } from '@nestjs/graphql';
import { AccessibilityFeature, SpaceKind } from '@village/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsPlainText } from '../../graphql/text-validation';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class OpeningPeriodInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Field()
  @Matches(HH_MM, { message: 'opens must be a time such as 09:30' })
  opens!: string;

  @Field()
  @Matches(HH_MM, { message: 'closes must be a time such as 17:00' })
  closes!: string;
}

@InputType()
export class CreateSpaceInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  @IsPlainText()
  name!: string;

  @Field(() => SpaceKind)
  @IsEnum(SpaceKind)
  kind!: SpaceKind;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(300)
  @IsPlainText()
  address!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10)
  @IsPlainText()
  postcode!: string;

  @Field(() => Float)
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude!: number;

  @Field(() => [AccessibilityFeature], { defaultValue: [] })
  @IsEnum(AccessibilityFeature, { each: true })
  accessibility!: AccessibilityFeature[];

  @Field(() => [OpeningPeriodInput], { defaultValue: [] })
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => OpeningPeriodInput)
  openingHours!: OpeningPeriodInput[];
}

@InputType()
export class UpdateSpaceInput extends PartialType(CreateSpaceInput, { omitDefaultValues: true }) {}
