import { ArgsType, Field } from '@nestjs/graphql';
import { HelpCategory, HelpPostKind, HelpPostStatus } from '@village/shared';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class HelpPostsArgs extends PageArgs {
  @Field(() => HelpPostKind, { nullable: true })
  @IsOptional()
  @IsEnum(HelpPostKind)
  kind?: HelpPostKind | null;

  @Field(() => HelpCategory, { nullable: true })
  @IsOptional()
  @IsEnum(HelpCategory)
  category?: HelpCategory | null;

  @Field(() => HelpPostStatus, { defaultValue: HelpPostStatus.OPEN })
  @IsEnum(HelpPostStatus)
  status: HelpPostStatus = HelpPostStatus.OPEN;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9a-f]{15}$/, { message: 'areaCell must be an area cell id' })
  areaCell?: string | null;
}
