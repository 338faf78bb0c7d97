import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsAreaCell, IsLanguageCode } from '../../graphql/validation';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only people whose home area is this cell.' })
  @IsOptional()
  @IsAreaCell()
  areaCell?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;
}
