import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { OwnAccount, SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import { UuidPipe } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { MeModel } from '../identity/me.model';
import { SaveSearchArgs } from './dto/save-search.args';
import { SavedSearchMatchModel, SavedSearchModel } from './saved-search.model';
import { SavedSearchesService, toSavedSearchModel } from './saved-searches.service';

@Resolver(() => SavedSearchModel)
export class SavedSearchesResolver {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Mutation(() => SavedSearchModel, {
    description: 'Keeps a search to run again and be told about.',
  })
  @Allow(SignedIn)
  async saveSearch(@Args() { name, search }: SaveSearchArgs, @Context() context: GraphQLContext) {
    return toSavedSearchModel(await this.savedSearches.save(context.access.viewer!, name, search));
  }

  @Mutation(() => Boolean)
  @Allow(SignedIn)
  async deleteSavedSearch(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: GraphQLContext,
  ) {
    await this.savedSearches.remove(context.access.viewer!, id);
    return true;
  }

  @Subscription(() => SavedSearchMatchModel, {
    description: 'A new or changed session that fits one of my saved searches, as it happens.',
  })
  @Allow(SignedIn)
  savedSearchMatches(@Context() context: GraphQLContext) {
    return this.savedSearches.matches(context.access.viewer!);
  }
}

@Resolver(() => MeModel)
export class MySavedSearchesResolver {
  constructor(private readonly service: SavedSearchesService) {}

  @ResolveField(() => [SavedSearchModel], { description: 'My saved searches, newest first.' })
  @Allow(OwnAccount)
  async savedSearches(@Parent() me: MeModel) {
    return (await this.service.mine(me.personId)).map(toSavedSearchModel);
  }
}
