import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { TOWN_LANGUAGE_CODES } from '../../graphql/validation';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only people whose home area is this cell.' })
  @IsOptional()
  @Matches(/^[0-9a-f]{15}$/, { message: 'areaCell must be an area cell id' })
  areaCell?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(TOWN_LANGUAGE_CODES, { message: 'language must be a language code such as en, ur or pl' })
  language?: string | null;
}
