import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipEntity } from '../groups/membership.entity';
import { MembershipModel } from '../groups/membership.model';
import { IdArgs } from '../graphql/id.args';
import { GraphQLContext } from '../graphql/loaders';
import { Page } from '../graphql/pagination';
import { PeopleArgs } from './dto/people.args';
import { HouseholdEntity } from './household.entity';
import { PersonEntity } from './person.entity';
import {
  HouseholdModel,
  LifeStageModel,
  lifeStageOf,
  PersonConnection,
  PersonModel,
  toHouseholdModel,
  toPersonModel,
} from './person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly peopleService: PeopleService) {}

  @Query(() => PersonConnection, {
    description: 'Members, by name, filtered by area cell or language.',
  })
  async people(@Args() args: PeopleArgs): Promise<Page<PersonModel>> {
    const page = await this.peopleService.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toPersonModel(edge.node) })),
    };
  }

  @Query(() => PersonModel)
  async person(@Args() { id }: IdArgs): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.get(id));
  }

  @Query(() => HouseholdModel)
  async household(@Args() { id }: IdArgs): Promise<HouseholdModel> {
    return toHouseholdModel(await this.peopleService.household(id));
  }

  @ResolveField(() => LifeStageModel)
  async lifeStage(
    @Parent() person: PersonModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<LifeStageModel> {
    const household = person.householdId
      ? await loaders.byId(HouseholdEntity).load(person.householdId)
      : null;
    return lifeStageOf(household);
  }

  @ResolveField(() => [MembershipModel])
  memberships(@Parent() person: PersonModel, @Context() { loaders }: GraphQLContext) {
    return loaders.manyBy(MembershipEntity, 'personId', { joinedAt: 'ASC' }).load(person.id);
  }
}

@Resolver(() => HouseholdModel)
export class HouseholdResolver {
  @ResolveField(() => [PersonModel])
  async members(
    @Parent() household: HouseholdModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<PersonModel[]> {
    const members = await loaders
      .manyBy(PersonEntity, 'householdId', { displayName: 'ASC' })
      .load(household.id);
    return members.map(toPersonModel);
  }
}

@Resolver(() => MembershipModel)
export class MembershipPersonResolver {
  @ResolveField(() => PersonModel)
  async person(
    @Parent() membership: MembershipEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<PersonModel> {
    const person = await loaders.byId(PersonEntity).load(membership.personId);
    return toPersonModel(person!);
  }
}
