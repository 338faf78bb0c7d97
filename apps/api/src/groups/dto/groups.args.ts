import { ArgsType, Field } from '@nestjs/graphql';
import { GroupKind } from '@village/shared';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsLanguageCode } from '../../graphql/validation';

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
  @IsLanguageCode()
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Fuzzy match on the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}
