import { ArgsType, Field } from '@nestjs/graphql';
import { GroupKind } from '@village/shared';
import { IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TOWN_LANGUAGE_CODES } from '../../graphql/validation';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field(() => GroupKind, { nullable: true })
  @IsOptional()
  @IsEnum(GroupKind)
  kind?: GroupKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only groups working in this language (ISO 639-1).',
  })
  @IsOptional()
  @IsIn(TOWN_LANGUAGE_CODES, { message: 'language must be a language code such as en, ur or pl' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Fuzzy match on the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}
