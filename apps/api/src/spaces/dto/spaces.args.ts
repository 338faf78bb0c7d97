import { ArgsType, Field } from '@nestjs/graphql';
import { AccessibilityFeature, SpaceKind } from '@village/shared';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class SpacesArgs extends PageArgs {
  @Field(() => SpaceKind, { nullable: true })
  @IsOptional()
  @IsEnum(SpaceKind)
  kind?: SpaceKind | null;

  @Field(() => [AccessibilityFeature], {
    nullable: true,
    description: 'Only spaces with all of these.',
  })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(AccessibilityFeature, { each: true })
  accessibility?: AccessibilityFeature[] | null;

  @Field(() => String, { nullable: true, description: 'Fuzzy match on the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}
