import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { VettingCheck } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';

@ObjectType('WorkerVetting', {
  description: 'What makes someone a community worker for an organisation, while it is in date.',
})
@PersonalData()
export class WorkerVettingModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => VettingCheck)
  @Allow(ThroughParent)
  checkType!: VettingCheck;

  @Field({ description: 'YYYY-MM-DD' })
  @Allow(ThroughParent)
  issuedOn!: string;

  @Field({ description: 'YYYY-MM-DD: the first day the check no longer counts.' })
  @Allow(ThroughParent)
  expiresOn!: string;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  verifiedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Allow(ThroughParent)
  revokedAt!: Date | null;

  @Field({ description: 'Whether it gives worker access today (Europe/London).' })
  @Allow(ThroughParent)
  inDate!: boolean;

  personId!: string;
  organisationId!: string;
  verifiedByPersonId!: string | null;
}
