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
  ) {
    return this.groupsService.update(id, input);
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
