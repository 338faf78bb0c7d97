import { Field, InputType, PartialType } from '@nestjs/graphql';
import { GroupKind } from '@village/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import { IsPlainText } from '../../graphql/text-validation';
import { IsLanguageCode } from '../../graphql/validation';

@InputType()
export class CreateGroupInput {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  @IsPlainText()
  name!: string;

  @Field(() => GroupKind)
  @IsEnum(GroupKind)
  kind!: GroupKind;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000, { message: 'description must be at most 4000 characters' })
  @IsPlainText({ lineBreaks: true })
  description!: string;

  @Field(() => [String], { defaultValue: ['en'] })
  @ArrayMinSize(1, { message: 'languages must name at least one language the group works in' })
  @ArrayMaxSize(8, { message: 'languages may name at most 8 languages' })
  @IsLanguageCode({ each: true })
  languages!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'website must be at most 300 characters' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be a web address starting with https://' },
  )
  website?: string | null;
}

@InputType()
export class UpdateGroupInput extends PartialType(CreateGroupInput, { omitDefaultValues: true }) {}
