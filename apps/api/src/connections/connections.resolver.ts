import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GroupEntity } from '../groups/group.entity';
import { GraphQLContext } from '../graphql/loaders';
import { PersonEntity } from '../people/person.entity';
import { toPersonModel } from '../people/person.model';
import { SpaceEntity } from '../spaces/space.entity';
import { ConnectionsService } from './connections.service';
import { TiesArgs } from './dto/ties.args';
import { TieEntity } from './tie.entity';
import { TieConnection, TieEndpoint, TieModel } from './tie.model';

type Endpoint = { personId: string | null; groupId: string | null; spaceId: string | null };

@Resolver(() => TieModel)
export class ConnectionsResolver {
  constructor(private readonly connectionsService: ConnectionsService) {}

  @Query(() => TieConnection, {
    description: "A person's or group's ties, most recently seen first.",
  })
  ties(@Args() args: TiesArgs) {
    return this.connectionsService.list(args);
  }

  @ResolveField(() => TieEndpoint)
  from(@Parent() tie: TieEntity, @Context() { loaders }: GraphQLContext) {
    return this.load(
      { personId: tie.fromPersonId, groupId: tie.fromGroupId, spaceId: null },
      loaders,
    );
  }

  @ResolveField(() => TieEndpoint)
  to(@Parent() tie: TieEntity, @Context() { loaders }: GraphQLContext) {
    return this.load(
      { personId: tie.toPersonId, groupId: tie.toGroupId, spaceId: tie.toSpaceId },
      loaders,
    );
  }

  private async load(end: Endpoint, loaders: GraphQLContext['loaders']) {
    if (end.personId) {
      const person = await loaders.byId(PersonEntity).load(end.personId);
      return person && toPersonModel(person);
    }
    if (end.groupId) return loaders.byId(GroupEntity).load(end.groupId);
    return loaders.byId(SpaceEntity).load(end.spaceId!);
  }
}
