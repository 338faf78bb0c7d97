import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Admin, OwnAccount, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import type { GraphQLContext } from '../graphql/loaders';
import { PageArgs } from '../graphql/pagination';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { MeModel } from '../identity/me.model';
import { personModelOf, PersonModel } from '../people/person.model';
import { AuditService } from '../audit/audit.service';
import { AuditEventConnection, AuditEventModel } from '../audit/audit-event.model';

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only events about this person.' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectPersonId must be an id' })
  subjectPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events by this person.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorPersonId must be an id' })
  actorPersonId?: string | null;
}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins).' })
  @Allow(Admin)
  auditEvents(@Args() { subjectPersonId, actorPersonId, ...page }: AuditEventsArgs) {
    return this.audit.list({ subjectPersonId, actorPersonId }, page);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who acted.' })
  @Allow(ThroughParent)
  actor(@Parent() event: AuditEventModel, @Context() { loaders }: GraphQLContext) {
    return personModelOf(loaders, event.actorPersonId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Whose data it was.' })
  @Allow(ThroughParent)
  subject(@Parent() event: AuditEventModel, @Context() { loaders }: GraphQLContext) {
    return personModelOf(loaders, event.subjectPersonId);
  }

  @ResolveField(() => GroupModel, {
    nullable: true,
    description: 'The organiser’s group or the worker’s organisation.',
  })
  @Allow(ThroughParent)
  viaGroup(@Parent() event: AuditEventModel, @Context() { loaders }: GraphQLContext) {
    return event.viaGroupId ? loaders.byId(GroupEntity).load(event.viaGroupId) : null;
  }
}

@Resolver(() => MeModel)
export class MyDataAccessResolver {
  constructor(private readonly audit: AuditService) {}

  @ResolveField(() => AuditEventConnection, {
    description: 'Who else looked at or changed my data: newest first.',
  })
  @Allow(OwnAccount)
  dataAccessLog(@Parent() me: MeModel, @Args() page: PageArgs) {
    return this.audit.list({ subjectPersonId: me.personId, othersOnly: true }, page);
  }
}
