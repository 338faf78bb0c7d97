import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PersonProfile, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import { GraphQLContext } from '../graphql/loaders';
import { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import { MembershipEntity } from './membership.entity';
import { MembershipModel } from './membership.model';

/** A person's memberships, and a membership's person: groups build on people, never the reverse. */
@Resolver(() => PersonModel)
export class PersonMembershipsResolver {
  @ResolveField(() => [MembershipModel], { nullable: true })
  @Allow(PersonProfile)
  memberships(@Parent() person: PersonModel, @Context() { loaders }: GraphQLContext) {
    return loaders.manyBy(MembershipEntity, 'personId', { joinedAt: 'ASC' }).load(person.id);
  }
}

@Resolver(() => MembershipModel)
export class MembershipPersonResolver {
  @ResolveField(() => PersonModel)
  @Allow(ThroughParent)
  async person(
    @Parent() membership: MembershipEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<PersonModel> {
    const person = await loaders.byId(PersonEntity).load(membership.personId);
    return toPersonModel(person!);
  }
}
