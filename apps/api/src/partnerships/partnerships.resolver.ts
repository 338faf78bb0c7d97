import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Anyone, OrganiserOf } from '../access/policies';
import { Allow } from '../access/policy';
import { IdArgs } from '../graphql/id.args';
import type { GraphQLContext, Loaders } from '../graphql/loaders';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { ProposePartnershipArgs } from './dto/partnership.args';
import { PartnershipEntity, PartnershipStatus } from './partnership.entity';
import { PartnershipModel } from './partnership.model';
import { OrganiserOfEitherPartnerInArgs, OrganiserOfInvitedGroup } from './partnership.policies';
import { PartnershipsService } from './partnerships.service';

/** A group's partnerships in either direction, in one query per direction per request. */
async function partnershipsOf(
  loaders: Loaders,
  groupId: string,
  status: PartnershipStatus,
): Promise<PartnershipEntity[]> {
  const [sent, received] = await Promise.all([
    loaders.manyBy(PartnershipEntity, 'fromGroupId', { proposedAt: 'DESC' }).load(groupId),
    loaders.manyBy(PartnershipEntity, 'toGroupId', { proposedAt: 'DESC' }).load(groupId),
  ]);
  return [...sent, ...received]
    .filter((partnership) => partnership.status === status)
    .sort((a, b) => b.proposedAt.getTime() - a.proposedAt.getTime())
    .slice(0, 50);
}

@Resolver(() => PartnershipModel)
export class PartnershipsResolver {
  constructor(private readonly partnershipsService: PartnershipsService) {}

  @Mutation(() => PartnershipModel, {
    description:
      'Organisers of `fromGroupId`: propose a partnership to another group, whose organisers accept or decline it. Audited.',
  })
  @Allow(OrganiserOf("the group in 'fromGroupId'", ({ args }) => args['fromGroupId'] as string))
  proposePartnership(
    @Args() { fromGroupId, toGroupId, note }: ProposePartnershipArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.partnershipsService.propose(fromGroupId, toGroupId, note, access);
  }

  @Mutation(() => PartnershipModel, {
    description:
      'Organisers of the group a partnership was proposed to: accept it; records the group–group tie. Audited.',
  })
  @Allow(OrganiserOfInvitedGroup)
  acceptPartnership(@Args() { id }: IdArgs, @Context() { access }: GraphQLContext) {
    return this.partnershipsService.accept(id, access);
  }

  @Mutation(() => PartnershipModel, {
    description: 'Organisers of the group a partnership was proposed to: decline it. Audited.',
  })
  @Allow(OrganiserOfInvitedGroup)
  declinePartnership(@Args() { id }: IdArgs, @Context() { access }: GraphQLContext) {
    return this.partnershipsService.decline(id, access);
  }

  @Mutation(() => PartnershipModel, {
    description:
      'Organisers of either group: end a partnership (its tie ends too), or withdraw their own group’s proposal. Audited.',
  })
  @Allow(OrganiserOfEitherPartnerInArgs)
  endPartnership(@Args() { id }: IdArgs, @Context() { access }: GraphQLContext) {
    return this.partnershipsService.end(id, access);
  }

  @ResolveField(() => GroupModel, { description: 'The group that proposed it.' })
  @Allow(Anyone)
  fromGroup(@Parent() partnership: PartnershipEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(GroupEntity).load(partnership.fromGroupId);
  }

  @ResolveField(() => GroupModel, { description: 'The group it was proposed to.' })
  @Allow(Anyone)
  toGroup(@Parent() partnership: PartnershipEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(GroupEntity).load(partnership.toGroupId);
  }
}

@Resolver(() => GroupModel)
export class GroupPartnershipsResolver {
  @ResolveField(() => [PartnershipModel], {
    description: 'The group’s partnerships in force, newest first: public.',
  })
  @Allow(Anyone)
  partnerships(@Parent() group: GroupEntity, @Context() { loaders }: GraphQLContext) {
    return partnershipsOf(loaders, group.id, PartnershipStatus.ACTIVE);
  }

  @ResolveField(() => [PartnershipModel], {
    nullable: true,
    description:
      'Proposals waiting for an answer, sent by the group or to it: for the group’s organisers.',
  })
  @Allow(OrganiserOf('this group', ({ parent }) => (parent as { id: string }).id))
  pendingPartnerships(@Parent() group: GroupEntity, @Context() { loaders }: GraphQLContext) {
    return partnershipsOf(loaders, group.id, PartnershipStatus.PENDING);
  }
}
