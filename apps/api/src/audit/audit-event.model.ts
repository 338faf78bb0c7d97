import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection } from '../graphql/pagination';

@ObjectType('AuditEvent', {
  description: 'Someone read a person’s private data or changed something sensitive.',
})
@PersonalData()
export class AuditEventModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  at!: Date;

  @Field({ description: 'e.g. read:Person.lifeStage, consent:given:…, account:erased' })
  @Allow(ThroughParent)
  action!: string;

  @Field({
    description: 'Why it was allowed: SELF, ORGANISER, WORKER, SAFEGUARDING_LEAD, ADMIN, STEWARD.',
  })
  @Allow(ThroughParent)
  basis!: string;

  @Field(() => String, { nullable: true, description: 'The purpose stated or consented to.' })
  @Allow(ThroughParent)
  purpose!: string | null;

  actorPersonId!: string | null;
  subjectPersonId!: string | null;
  viaGroupId!: string | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}
