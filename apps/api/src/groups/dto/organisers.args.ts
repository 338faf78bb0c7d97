import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@ArgsType()
export class RemoveOrganiserArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId!: string;

  @Field(() => ID, { description: 'The organiser to remove; my own id steps me down.' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;
}

@ArgsType()
export class InvitationTokenArgs {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @Length(20, 100, { message: 'This invitation link is not complete: copy the whole link.' })
  token!: string;
}
