import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IdArgs } from '../../graphql/id.args';

@ArgsType()
export class HelpPostMatchesArgs extends IdArgs {
  @Field(() => Int, { defaultValue: 10, description: 'How many suggestions, 1 to 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 10;
}
