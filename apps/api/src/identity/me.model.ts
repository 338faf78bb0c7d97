import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';

@ObjectType('Me', { description: 'The signed-in account: only ever the viewer’s own.' })
@PersonalData()
export class MeModel {
  accountId!: string;
  personId!: string;
  sessionId!: string;
  /** Set only in the answer to a sign-up whose email was taken: what a new account would show. */
  unsaved?: { email: string; userAgent: string; createdAt: Date };
}

@ObjectType('AuthSession', { description: 'A browser or device signed in to my account.' })
@PersonalData()
export class AuthSessionModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field()
  @Allow(ThroughParent)
  userAgent!: string;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  lastSeenAt!: Date;

  @Field({ description: 'The session this request came from.' })
  @Allow(ThroughParent)
  current!: boolean;

  accountId!: string;
}
