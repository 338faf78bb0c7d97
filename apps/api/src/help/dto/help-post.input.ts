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
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsAreaCell } from '../../graphql/validation';

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
