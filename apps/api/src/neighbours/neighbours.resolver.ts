import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import type { GraphQLContext } from '../graphql/loaders';
import { NearbyParentsArgs } from './dto/nearby-parents.args';
import { NearbyParentConnection } from './nearby-parent.model';
import { NeighboursService } from './neighbours.service';

@Resolver()
export class NeighboursResolver {
  constructor(private readonly neighbours: NeighboursService) {}

  @Query(() => NearbyParentConnection, {
    description:
      'Parents near a place who are at my life stage and chose to be findable, nearest band first, then by name. Each comes with a distance band only. I need a life stage (expecting, or a child under 4). A point is snapped to its area cell first. Searching from more new area cells in an hour than the limit (10 unless configured) is refused with RATE_LIMITED; searching again from one already used is not.',
  })
  @Allow(SignedIn)
  nearbyParents(@Args() args: NearbyParentsArgs, @Context() context: GraphQLContext) {
    return this.neighbours.nearbyParents(context.access.viewer!, args);
  }
}
