import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class SpaceStewardArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'spaceId must be an id' })
  spaceId!: string;

  @Field(() => ID, { description: 'The person who becomes, or stops being, a steward.' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;
}
