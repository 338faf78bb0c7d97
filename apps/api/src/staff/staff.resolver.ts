import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Admin,
  AdminOrSafeguardingLead,
  OrganiserOf,
  OwnAccount,
  ThroughParent,
} from '../access/policies';
import { Allow, Policy } from '../access/policy';
import { UuidPipe } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { Page } from '../graphql/pagination';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { MeModel } from '../identity/me.model';
import { PersonEntity } from '../people/person.entity';
import {
  PersonConnection,
  personModelOf,
  PersonModel,
  toPersonModel,
} from '../people/person.model';
import {
  GroupPageArgs,
  OrganisationPageArgs,
  RecordVettingInput,
  RoleArgs,
} from './dto/staff.inputs';
import { StaffService, toVettingModel } from './staff.service';
import { WorkerVettingModel } from './worker-vetting.model';

/** Workers of the organisation in `organisationId`, with vetting in date today. */
const WorkerForOrganisation: Policy = {
  name: 'WorkerOf(the organisation in `organisationId`)',
  check: async ({ access, args }) =>
    (await access.workerOrganisationIds()).has(args['organisationId'] as string),
};

const toPeoplePage = (page: Page<PersonEntity>): Page<PersonModel> => ({
  ...page,
  edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toPersonModel(edge.node) })),
});

@Resolver(() => WorkerVettingModel)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Mutation(() => Boolean, { description: 'Gives a member a town-wide role.' })
  @Allow(Admin)
  async grantRole(@Args() { personId, role }: RoleArgs, @Context() context: GraphQLContext) {
    await this.staff.setRole(context.access.viewer!, personId, role, true);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Takes a town-wide role away.' })
  @Allow(Admin)
  async revokeRole(@Args() { personId, role }: RoleArgs, @Context() context: GraphQLContext) {
    await this.staff.setRole(context.access.viewer!, personId, role, false);
    return true;
  }

  @Mutation(() => WorkerVettingModel, {
    description: 'Records a background check that makes someone a worker for an organisation.',
  })
  @Allow(AdminOrSafeguardingLead)
  async recordVetting(
    @Args('input') input: RecordVettingInput,
    @Context() context: GraphQLContext,
  ) {
    return toVettingModel(await this.staff.recordVetting(context.access.viewer!, input));
  }

  @Mutation(() => WorkerVettingModel, { description: 'Ends a worker’s access at once.' })
  @Allow(AdminOrSafeguardingLead)
  async revokeVetting(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: GraphQLContext,
  ) {
    return toVettingModel(await this.staff.revokeVetting(context.access.viewer!, id));
  }

  @Query(() => [WorkerVettingModel], {
    description: 'Vetting records of an organisation’s workers.',
  })
  @Allow(AdminOrSafeguardingLead)
  async vettings(@Args('organisationId', { type: () => ID }, UuidPipe) organisationId: string) {
    return (await this.staff.vettingsOf({ organisationId })).map((v) => toVettingModel(v));
  }

  @Query(() => PersonConnection, {
    description: 'People who asked this organisation for support (for its vetted workers).',
  })
  @Allow(WorkerForOrganisation)
  async caseload(@Args() { organisationId, ...page }: OrganisationPageArgs) {
    return toPeoplePage(await this.staff.caseload(organisationId, page));
  }

  @Query(() => PersonConnection, {
    description: 'Members of my group who chose to be visible to its organisers.',
  })
  @Allow(OrganiserOf('the group in `groupId`', ({ args }) => args['groupId'] as string))
  async groupMembers(@Args() { groupId, ...page }: GroupPageArgs) {
    return toPeoplePage(await this.staff.visibleMembers(groupId, page));
  }

  @ResolveField(() => PersonModel)
  @Allow(ThroughParent)
  async person(@Parent() vetting: WorkerVettingModel, @Context() { loaders }: GraphQLContext) {
    return toPersonModel((await loaders.byId(PersonEntity).load(vetting.personId))!);
  }

  @ResolveField(() => GroupModel)
  @Allow(ThroughParent)
  organisation(@Parent() vetting: WorkerVettingModel, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(GroupEntity).load(vetting.organisationId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who saw the certificate.' })
  @Allow(ThroughParent)
  verifiedBy(@Parent() vetting: WorkerVettingModel, @Context() { loaders }: GraphQLContext) {
    return personModelOf(loaders, vetting.verifiedByPersonId);
  }
}

@Resolver(() => MeModel)
export class MyRolesResolver {
  constructor(private readonly staff: StaffService) {}

  @ResolveField(() => [GroupModel], { description: 'Groups I organise.' })
  @Allow(OwnAccount)
  organising(@Parent() me: MeModel) {
    return this.staff.organising(me.personId);
  }

  @ResolveField(() => [WorkerVettingModel], { description: 'My vetting records as a worker.' })
  @Allow(OwnAccount)
  async workerFor(@Parent() me: MeModel) {
    return (await this.staff.vettingsOf({ personId: me.personId })).map((v) => toVettingModel(v));
  }
}
