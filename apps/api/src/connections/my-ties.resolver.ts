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
import { SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import { GroupEntity } from '../groups/group.entity';
import type { GraphQLContext } from '../graphql/loaders';
import { personModelOf } from '../people/person.model';
import { MyTiesArgs } from './dto/my-ties.args';
import { MyTieConnection, MyTieModel } from './my-tie.model';
import { MyTiesService } from './my-ties.service';
import { TieEnd } from './tie.policies';
import { TieEndpoint } from './tie.model';

@Resolver(() => MyTieModel)
export class MyTiesResolver {
  constructor(private readonly service: MyTiesService) {}

  @Query(() => MyTieConnection, {
    description:
      'My own ties, the most recently seen first, each with the other end, why it exists and how strong it is now. Hidden ones only with `hidden: true`.',
  })
  @Allow(SignedIn)
  myTies(@Args() { hidden, first, after }: MyTiesArgs, @Context() { access }: GraphQLContext) {
    return this.service.list(access.viewer!.personId, hidden, { first, after });
  }

  @Mutation(() => MyTieModel, {
    description:
      'Hides one of my ties from my list and from anything shown about me; it still counts, without names, in the town’s anonymous measures.',
  })
  @Allow(TieEnd)
  hideTie(@Args('id', { type: () => ID }) id: string, @Context() { access }: GraphQLContext) {
    return this.service.setHidden(id, access.viewer!.personId, true);
  }

  @Mutation(() => MyTieModel, { description: 'Shows a tie I hid again.' })
  @Allow(TieEnd)
  unhideTie(@Args('id', { type: () => ID }) id: string, @Context() { access }: GraphQLContext) {
    return this.service.setHidden(id, access.viewer!.personId, false);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes one of my ties for both of us, with its evidence; the same kind of evidence between us never makes it again.',
  })
  @Allow(TieEnd)
  removeTie(@Args('id', { type: () => ID }) id: string, @Context() { access }: GraphQLContext) {
    return this.service.remove(id, access.viewer!.personId);
  }

  @ResolveField(() => TieEndpoint, { description: 'The other end: a person or a group.' })
  @Allow(ThroughParent)
  async other(@Parent() tie: MyTieModel, @Context() { loaders }: GraphQLContext) {
    if (tie.otherPersonId) return personModelOf(loaders, tie.otherPersonId);
    return loaders.byId(GroupEntity).load(tie.otherGroupId!);
  }
}
