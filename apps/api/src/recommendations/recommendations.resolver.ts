import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import type { GraphQLContext } from '../graphql/loaders';
import { SuggestedSessionsArgs } from './dto/suggested-sessions.args';
import { RecommendationsService, SUGGESTIONS_AT_MOST } from './recommendations.service';
import { SessionSuggestionModel, SessionSuggestionsModel } from './suggestion.model';

@Resolver(() => SessionSuggestionsModel)
export class RecommendationsResolver {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Query(() => SessionSuggestionsModel, {
    description:
      'Sessions suggested to me: near my rough area, fitting my family’s stage and my languages, those on a day that suits me first (when I said which do), ranked by fit and then by what they would do for my ties (a circle where I have none yet, a first tie to an organiser, people I know who let me see they go). Each with its reasons.',
  })
  @Allow(SignedIn)
  suggestedSessions(@Context() context: GraphQLContext) {
    return this.recommendations.suggestSessions(
      context.access.viewer!.personId,
      SUGGESTIONS_AT_MOST,
      context.loaders,
    );
  }

  @ResolveField(() => [SessionSuggestionModel], { description: 'Best first.' })
  @Allow(ThroughParent)
  items(@Parent() suggestions: SessionSuggestionsModel, @Args() args: SuggestedSessionsArgs) {
    return suggestions.ranked.slice(0, args.first);
  }
}
