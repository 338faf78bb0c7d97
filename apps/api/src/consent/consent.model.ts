import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConsentKind } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';

@ObjectType('Consent', {
  description: 'A choice I made about who may find or see me, with its history.',
})
@PersonalData()
export class ConsentModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => ConsentKind)
  @Allow(ThroughParent)
  kind!: ConsentKind;

  @Field(() => String, { nullable: true, description: 'Why the organisation may support me.' })
  @Allow(ThroughParent)
  purpose!: string | null;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  givenAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Allow(ThroughParent)
  withdrawnAt!: Date | null;

  @Field({ description: 'True until withdrawn.' })
  @Allow(ThroughParent)
  inForce!: boolean;

  organisationId!: string | null;
  personId!: string;
}
