import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class SuggestedSessionsArgs {
  @Field(() => Int, { defaultValue: 5, description: 'How many suggestions, 1 to 10.' })
  @IsInt()
  @Min(1, { message: 'first must be from 1 to 10' })
  @Max(10, { message: 'first must be from 1 to 10' })
  first!: number;
}
