import { ArgsType, Field, InputType, Int, OmitType, registerEnumType } from '@nestjs/graphql';
import { AccessibilityFeature, GroupKind, SpaceKind } from '@village/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsAreaCell, IsLanguageCode } from '../../graphql/validation';
import { PointInput } from '../../neighbours/dto/nearby-parents.args';

export enum SessionSearchSort {
  DISTANCE = 'DISTANCE',
  FIT = 'FIT',
}
registerEnumType(SessionSearchSort, { name: 'SessionSearchSort' });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Where a near-me search starts and how far it reaches; shared by sessions, spaces and groups. */
@ArgsType()
export class NearArgs extends PageArgs {
  @Field(() => PointInput, { nullable: true, description: 'Search from here (never stored)…' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PointInput)
  point?: PointInput | null;

  @Field(() => String, { nullable: true, description: '…or from the centre of this area cell.' })
  @IsOptional()
  @IsAreaCell()
  areaCell?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '…or from this UK postcode, any case or spacing (used for the search, never stored)…',
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  postcode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '…or from this address, found by the geocoder when GEOCODER_URL is set (used, never stored).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 2000,
    description: 'Only this close, in metres (100 to 20,000). Null: the nearest, however far.',
  })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(20_000)
  withinMetres?: number | null;
}

@ArgsType()
export class SessionSearchArgs extends NearArgs {
  @Field(() => Int, { nullable: true, description: "The child's age in months (0 to 60)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  childAgeMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'Expecting: the due month, YYYY-MM.' })
  @IsOptional()
  @Matches(MONTH, { message: 'dueMonth must be a month written YYYY-MM' })
  dueMonth?: string | null;

  @Field(() => [Int], { defaultValue: [], description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];

  @Field(() => String, { nullable: true, description: 'Starting at or after HH:MM (town time).' })
  @IsOptional()
  @Matches(TIME, { message: 'startsFrom must be a time written HH:MM' })
  startsFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Starting at or before HH:MM (town time).' })
  @IsOptional()
  @Matches(TIME, { message: 'startsBy must be a time written HH:MM' })
  startsBy?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Run in any of these languages.' })
  @ArrayMaxSize(10)
  @IsLanguageCode({ each: true })
  languages!: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  freeOnly!: boolean;

  @Field(() => [AccessibilityFeature], {
    defaultValue: [],
    description: 'The space has all of these.',
  })
  @IsEnum(AccessibilityFeature, { each: true })
  accessibility!: AccessibilityFeature[];

  @Field(() => [GroupKind], {
    defaultValue: [],
    description: 'Run by a group of any of these kinds.',
  })
  @IsEnum(GroupKind, { each: true })
  groupKinds!: GroupKind[];

  @Field(() => String, { nullable: true, description: 'Words in the title or group name (fuzzy).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string | null;

  @Field(() => SessionSearchSort, { defaultValue: SessionSearchSort.DISTANCE })
  @IsEnum(SessionSearchSort)
  sort!: SessionSearchSort;
}

/**
 * The same question as `sessionSearch` asks, kept by a saved search: no page, and no postcode or
 * address (a typed place is never stored; a saved search keeps a point or an area cell).
 */
@InputType('SessionSearchInput')
export class SessionSearchInput extends OmitType(
  SessionSearchArgs,
  ['first', 'after', 'postcode', 'address'] as const,
  InputType,
) {}

@ArgsType()
export class SpaceSearchArgs extends NearArgs {
  @Field(() => [SpaceKind], { defaultValue: [], description: 'Spaces of any of these kinds.' })
  @IsEnum(SpaceKind, { each: true })
  kinds!: SpaceKind[];

  @Field(() => [AccessibilityFeature], {
    defaultValue: [],
    description: 'Spaces with all of these.',
  })
  @IsEnum(AccessibilityFeature, { each: true })
  accessibility!: AccessibilityFeature[];

  @Field(() => String, { nullable: true, description: 'Words in the name (fuzzy).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string | null;
}

@ArgsType()
export class GroupSearchArgs extends NearArgs {
  @Field(() => [GroupKind], { defaultValue: [], description: 'Groups of any of these kinds.' })
  @IsEnum(GroupKind, { each: true })
  groupKinds!: GroupKind[];

  @Field(() => [String], { defaultValue: [], description: 'Groups using any of these languages.' })
  @ArrayMaxSize(10)
  @IsLanguageCode({ each: true })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'Words in the name (fuzzy).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string | null;
}
