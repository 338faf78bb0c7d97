import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { GroupKind } from '@village/shared';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { TOWN_LANGUAGE_CODES } from '../../graphql/validation';

@InputType()
export class CreateGroupInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name!: string;

  @Field(() => GroupKind)
  @IsEnum(GroupKind)
  kind!: GroupKind;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description!: string;

  @Field(() => [String], { defaultValue: ['en'] })
  @ArrayMaxSize(8)
  @IsIn(TOWN_LANGUAGE_CODES, {
    each: true,
    message: 'languages must be language codes such as en, ur or pl',
  })
  languages!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be a web address starting with https://' },
  )
  website?: string | null;

  @Field(() => ID, { nullable: true, description: 'A person who becomes the first organiser.' })
  @IsOptional()
  @IsUUID('all', { message: 'organiserPersonId must be an id' })
  organiserPersonId?: string | null;
}

@InputType()
export class UpdateGroupInput extends PartialType(
  OmitType(CreateGroupInput, ['organiserPersonId'] as const),
  { omitDefaultValues: true },
) {}
