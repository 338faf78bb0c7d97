import { Anyone, OrganiserOf, SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { badInput } from '../graphql/domain-error';
import { GraphQLContext } from '../graphql/loaders';
import { GroupEntity } from './group.entity';
import { GroupConnection, GroupModel } from './group.model';
import { GroupsService } from './groups.service';
import { MembershipEntity } from './membership.entity';
import { MembershipModel } from './membership.model';
import { CreateGroupInput, UpdateGroupInput } from './dto/group.input';
import { GroupsArgs } from './dto/groups.args';
import { GroupIdArgs } from './dto/group-id.args';
import { checkId, UuidPipe } from '../graphql/id.args';
import { MembershipRole } from '@village/shared';
import { PersonModel, toPersonModel } from '../people/person.model';
import { CoOrganiserInvitationEntity } from './co-organiser-invitation.entity';
import {
  CoOrganiserInvitationLinkModel,
  CoOrganiserInvitationModel,
  CoOrganiserInvitationPreviewModel,
} from './co-organiser-invitation.model';
import { InvitationTokenArgs, RemoveOrganiserArgs } from './dto/organisers.args';
import { ThisGroupsOrganisers } from './group.model';

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(private readonly groupsService: GroupsService) {}

  @Query(() => GroupConnection, {
    description: 'Groups by name, filtered by kind, language or a fuzzy search.',
  })
  @Allow(Anyone)
  groups(@Args() args: GroupsArgs) {
    return this.groupsService.list(args);
  }

  @Query(() => GroupModel, { description: 'One group, by id or by slug.' })
  @Allow(Anyone)
  group(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ) {
    if (id) return this.groupsService.get(checkId(id));
    if (slug) return this.groupsService.getBySlug(slug);
    throw badInput('Give a group id or slug.');
  }

  @Mutation(() => GroupModel)
  @Allow(SignedIn)
  createGroup(@Args('input') input: CreateGroupInput, @Context() context: GraphQLContext) {
    return this.groupsService.create(input, context.access.viewer!.personId);
  }

  @Mutation(() => GroupModel)
  @Allow(OrganiserOf('the group in `id`', ({ args }) => args['id'] as string))
  updateGroup(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateGroupInput,
    @Context() context: GraphQLContext,
  ) {
    return this.groupsService.update(id, input, context.access.viewer!.personId);
  }

  @Mutation(() => GroupModel, {
    description:
      'Archives my group: it leaves listings and discovery and takes no new members; its page still opens.',
  })
  @Allow(OrganiserOf('the group in `id`', ({ args }) => args['id'] as string))
  archiveGroup(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: GraphQLContext,
  ) {
    return this.groupsService.setArchived(id, true, context.access.viewer!.personId);
  }

  @Mutation(() => GroupModel, { description: 'Brings my archived group back.' })
  @Allow(OrganiserOf('the group in `id`', ({ args }) => args['id'] as string))
  unarchiveGroup(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: GraphQLContext,
  ) {
    return this.groupsService.setArchived(id, false, context.access.viewer!.personId);
  }

  @Mutation(() => CoOrganiserInvitationLinkModel, {
    description: 'A single-use link, valid for 14 days, that makes whoever opens it an organiser.',
  })
  @Allow(OrganiserOf('the group in `groupId`', ({ args }) => args['groupId'] as string))
  inviteCoOrganiser(@Args() args: GroupIdArgs, @Context() context: GraphQLContext) {
    return this.groupsService.invite(args.groupId, context.access.viewer!.personId);
  }

  @Mutation(() => Boolean, { description: 'Withdraws an open co-organiser invitation.' })
  @Allow(
    OrganiserOf(
      'the invitation’s group',
      async ({ args, loaders }) =>
        (await loaders.byId(CoOrganiserInvitationEntity).load(args['id'] as string))?.groupId,
    ),
  )
  revokeCoOrganiserInvitation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: GraphQLContext,
  ) {
    return this.groupsService.revokeInvitation(id, context.access.viewer!.personId);
  }

  @Query(() => CoOrganiserInvitationPreviewModel, {
    description: 'What a co-organiser invitation link is for, before accepting it.',
  })
  @Allow(SignedIn)
  coOrganiserInvitation(
    @Args() { token }: InvitationTokenArgs,
    @Context() context: GraphQLContext,
  ) {
    return this.groupsService.previewInvitation(token, context.access.viewer!.personId);
  }

  @Mutation(() => MembershipModel, {
    description: 'I accept a co-organiser invitation: I become an organiser, joining if needed.',
  })
  @Allow(SignedIn)
  acceptCoOrganiserInvitation(
    @Args() { token }: InvitationTokenArgs,
    @Context() context: GraphQLContext,
  ) {
    return this.groupsService.acceptInvitation(token, context.access.viewer!.personId);
  }

  @Mutation(() => Boolean, {
    description:
      'Makes an organiser of my group a member again; my own id steps me down. The last organiser cannot go.',
  })
  @Allow(OrganiserOf('the group in `groupId`', ({ args }) => args['groupId'] as string))
  removeOrganiser(@Args() args: RemoveOrganiserArgs, @Context() context: GraphQLContext) {
    return this.groupsService.removeOrganiser(
      args.groupId,
      args.personId,
      context.access.viewer!.personId,
    );
  }

  @Mutation(() => MembershipModel, {
    description: 'I join a group; records the membership tie as well.',
  })
  @Allow(SignedIn)
  joinGroup(@Args() args: GroupIdArgs, @Context() context: GraphQLContext) {
    return this.groupsService.join(args.groupId, context.access.viewer!.personId);
  }

  @Mutation(() => Boolean, {
    description:
      'I leave a group (its only organiser cannot). An organiser who leaves stops managing its exchanges at once.',
  })
  @Allow(SignedIn)
  leaveGroup(@Args() args: GroupIdArgs, @Context() context: GraphQLContext) {
    return this.groupsService.leave(args.groupId, context.access.viewer!.personId);
  }

  @ResolveField(() => MembershipRole, {
    nullable: true,
    description: 'My role in the group: null when I am not a member or not signed in.',
  })
  @Allow(Anyone)
  async viewerRole(@Parent() group: GroupEntity, @Context() { access, loaders }: GraphQLContext) {
    if (!access.viewer) return null;
    const mine = await loaders
      .manyBy(MembershipEntity, 'personId', { joinedAt: 'ASC' })
      .load(access.viewer.personId);
    return mine.find((membership) => membership.groupId === group.id)?.role ?? null;
  }

  @ResolveField(() => [PersonModel], {
    nullable: true,
    description: 'Who organises the group: for its organisers.',
  })
  @Allow(ThisGroupsOrganisers)
  async organisers(@Parent() group: GroupEntity) {
    return (await this.groupsService.organisers(group.id)).map((person) => toPersonModel(person));
  }

  @ResolveField(() => [CoOrganiserInvitationModel], {
    nullable: true,
    description: 'Invitations that can still be used: for its organisers.',
  })
  @Allow(ThisGroupsOrganisers)
  openInvitations(@Parent() group: GroupEntity) {
    return this.groupsService.openInvitations(group.id);
  }

  @ResolveField(() => Int, { description: 'How many people belong to the group.' })
  @Allow(Anyone)
  memberCount(@Parent() group: GroupEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.countBy(MembershipEntity, 'groupId').load(group.id);
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField(() => GroupModel)
  @Allow(ThroughParent)
  group(@Parent() membership: MembershipEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(GroupEntity).load(membership.groupId);
  }
}
