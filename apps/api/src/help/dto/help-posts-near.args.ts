import { ArgsType, Field } from '@nestjs/graphql';
import { HelpCategory } from '@village/shared';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional } from 'class-validator';
import { IsAreaCell } from '../../graphql/validation';
import { SinceArgs } from '../../realtime/dto/since.args';

@ArgsType()
export class HelpPostsNearArgs extends SinceArgs {
  @Field(() => [String], {
    nullable: true,
    description:
      'Up to 7 H3 resolution-8 cells. Without it: the signed-in viewer’s own area cell and its six neighbours.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Give at least one area cell, or leave areaCells out.' })
  @ArrayMaxSize(7, { message: 'Give at most 7 area cells.' })
  @IsAreaCell({ each: true })
  areaCells?: string[] | null;

  @Field(() => [HelpCategory], {
    nullable: true,
    description: 'Only posts in these categories; all categories without it.',
  })
  @IsOptional()
  @IsEnum(HelpCategory, { each: true })
  categories?: HelpCategory[] | null;
}
