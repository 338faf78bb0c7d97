import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { profileOf, ThroughParent } from '../access/policies';
import { Allow, Policy } from '../access/policy';
import { GroupEntity } from '../groups/group.entity';
import { GraphQLContext } from '../graphql/loaders';
import { personModelOf } from '../people/person.model';
import { SpaceEntity } from '../spaces/space.entity';
import { ConnectionsService } from './connections.service';
import { TiesArgs } from './dto/ties.args';
import { TieEntity } from '../ties/tie.entity';
import { TieConnection, TieEndpoint, TieModel } from './tie.model';

/** A person's ties are part of their profile; a group's ties to groups and spaces are public. */
const PersonTies = profileOf('the person in `personId`', ({ args }) => args['personId'] as string, {
  takesPurpose: true,
});
const TiesPolicy: Policy = {
  name: 'Ties(personId: PersonProfile, groupId: Anyone)',
  check: (input) => (input.args['personId'] ? PersonTies.check(input) : true),
};

type Endpoint = { personId: string | null; groupId: string | null; spaceId: string | null };

@Resolver(() => TieModel)
export class ConnectionsResolver {
  constructor(private readonly connectionsService: ConnectionsService) {}

  @Query(() => TieConnection, {
    description:
      "A person's ties (for them and those allowed to see their profile), or a group's ties to groups and spaces.",
  })
  @Allow(TiesPolicy)
  ties(@Args() args: TiesArgs) {
    return this.connectionsService.list(args);
  }

  @ResolveField(() => TieEndpoint)
  @Allow(ThroughParent)
  from(@Parent() tie: TieEntity, @Context() { loaders }: GraphQLContext) {
    return this.load(
      { personId: tie.fromPersonId, groupId: tie.fromGroupId, spaceId: null },
      loaders,
    );
  }

  @ResolveField(() => TieEndpoint)
  @Allow(ThroughParent)
  to(@Parent() tie: TieEntity, @Context() { loaders }: GraphQLContext) {
    return this.load(
      { personId: tie.toPersonId, groupId: tie.toGroupId, spaceId: tie.toSpaceId },
      loaders,
    );
  }

  private async load(end: Endpoint, loaders: GraphQLContext['loaders']) {
    if (end.personId) return personModelOf(loaders, end.personId);
    if (end.groupId) return loaders.byId(GroupEntity).load(end.groupId);
    return loaders.byId(SpaceEntity).load(end.spaceId!);
  }
}
