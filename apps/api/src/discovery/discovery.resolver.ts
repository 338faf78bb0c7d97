import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../graphql/loaders';
import { Anyone } from '../access/policies';
import { Allow } from '../access/policy';
import { DiscoveryService } from './discovery.service';
import { GroupSearchArgs, SessionSearchArgs, SpaceSearchArgs } from './dto/session-search.args';
import { GroupSearchConnection, SpaceSearchConnection } from './place-search.model';
import { PlaceSearchService } from './place-search.service';
import { SessionSearchConnection, SessionSearchResultModel } from './session-search.model';

@Resolver(() => SessionSearchResultModel)
export class DiscoveryResolver {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly places: PlaceSearchService,
  ) {}

  @Query(() => SessionSearchConnection, {
    description:
      'Sessions near a place that fit a child’s age or a pregnancy, languages, needs, days and times; nearest first or best fit first, each with its distance, walking time, next dates and why it matched.',
  })
  @Allow(Anyone)
  sessionSearch(@Args() args: SessionSearchArgs, @Context() { loaders }: GraphQLContext) {
    return this.discovery.search(args, loaders);
  }

  @Query(() => SpaceSearchConnection, {
    description: 'Spaces near a place, nearest first, by kind, accessibility and name.',
  })
  @Allow(Anyone)
  spaceSearch(@Args() args: SpaceSearchArgs) {
    return this.places.spaces(args);
  }

  @Query(() => GroupSearchConnection, {
    description:
      'Groups near a place, by the nearest space where they meet, with kind, language and name.',
  })
  @Allow(Anyone)
  groupSearch(@Args() args: GroupSearchArgs) {
    return this.places.groups(args);
  }
}
