import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MOST_RUNS } from '../analytics.service';

@ArgsType()
export class AnalysisArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'A run; without it, the newest COMPLETE one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be an id' })
  id?: string | null;
}

@ArgsType()
export class AnalysisChangedArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'One run (its state now, then each change, ending when it ends); without it, every run’s changes.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be an id' })
  id?: string | null;
}

@ArgsType()
export class AnalysesArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: `How many runs, newest first, 1 to ${MOST_RUNS}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MOST_RUNS)
  first: number = 20;
}
