import { ArgsType, Field } from '@nestjs/graphql';
import { HelpCategory, HelpPostKind, HelpPostStatus } from '@village/shared';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsAreaCell } from '../../graphql/validation';

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
  @IsAreaCell()
  areaCell?: string | null;
}
