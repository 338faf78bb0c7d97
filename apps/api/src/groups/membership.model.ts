import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRole } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';

/** Who belongs to which group can say a lot (a faith, a need), so memberships are personal data. */
@ObjectType('Membership')
@PersonalData()
export class MembershipModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => MembershipRole)
  @Allow(ThroughParent)
  role!: MembershipRole;

  @Field()
  @Allow(ThroughParent)
  joinedAt!: Date;

  personId!: string;
  groupId!: string;
}
