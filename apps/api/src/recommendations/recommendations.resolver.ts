import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import type { GraphQLContext } from '../graphql/loaders';
import { SuggestedSessionsArgs } from './dto/suggested-sessions.args';
import { RecommendationsService } from './recommendations.service';
import { SessionSuggestionsModel } from './suggestion.model';

@Resolver()
export class RecommendationsResolver {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Query(() => SessionSuggestionsModel, {
    description:
      'Sessions suggested to me: near my rough area, fitting my family’s stage and my languages, ranked by fit and then by what they would do for my ties (a circle where I have none yet, a first tie to an organiser, people I know who let me see they go). Each with its reasons.',
  })
  @Allow(SignedIn)
  suggestedSessions(@Args() args: SuggestedSessionsArgs, @Context() context: GraphQLContext) {
    return this.recommendations.suggestSessions(
      context.access.viewer!.personId,
      args.first,
      context.loaders,
    );
  }
}
