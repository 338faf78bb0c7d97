import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { SafeguardingConcernStatus } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection } from '../graphql/pagination';

@ObjectType('MySafeguardingConcern', {
  description:
    'A concern I raised, as I see it: what I wrote and where it stands; the lead’s notes are not part of it.',
})
@PersonalData()
export class MySafeguardingConcernModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field()
  @Allow(ThroughParent)
  concern!: string;

  @Field(() => SafeguardingConcernStatus)
  @Allow(ThroughParent)
  status!: SafeguardingConcernStatus;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  updatedAt!: Date;
}

@ObjectType('SafeguardingConcern', {
  description:
    'A safeguarding concern, for the safeguarding lead(s) only: never moderators, organisers or admins.',
})
@PersonalData()
export class SafeguardingConcernModel extends MySafeguardingConcernModel {
  @Field({ description: 'The leads’ working notes; never shown to the person who raised it.' })
  @Allow(ThroughParent)
  leadNotes!: string;

  raisedByPersonId!: string;
  aboutPersonId!: string | null;
  helpPostId!: string | null;
  exchangeMessageId!: string | null;
}

@ObjectType()
export class SafeguardingConcernConnection extends Connection(
  SafeguardingConcernModel,
  'SafeguardingConcern',
) {}

/** Only what the raiser may see: the lead's notes are left behind here, not filtered later. */
export function toMyConcern(concern: SafeguardingConcernModel): MySafeguardingConcernModel {
  return {
    id: concern.id,
    concern: concern.concern,
    status: concern.status,
    createdAt: concern.createdAt,
    updatedAt: concern.updatedAt,
  };
}
