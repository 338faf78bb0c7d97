import { ArgsType, Field } from '@nestjs/graphql';
import { HelpPostStatus } from '@village/shared';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class MyHelpPostsArgs extends PageArgs {
  @Field(() => HelpPostStatus, {
    nullable: true,
    description:
      'Only posts in this state; without it, every post, withdrawn and expired ones too.',
  })
  @IsOptional()
  @IsEnum(HelpPostStatus)
  status?: HelpPostStatus | null;
}
