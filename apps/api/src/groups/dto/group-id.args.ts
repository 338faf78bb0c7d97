import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class GroupIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId!: string;
}
