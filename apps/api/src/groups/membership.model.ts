import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRole } from '@village/shared';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field()
  joinedAt!: Date;

  personId!: string;
  groupId!: string;
}
