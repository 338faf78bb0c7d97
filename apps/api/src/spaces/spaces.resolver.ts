import { Anyone, OrganiserOfAnyGroup } from '../access/policies';
import { Allow } from '../access/policy';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgs, UuidPipe } from '../graphql/id.args';
import { CreateSpaceInput, UpdateSpaceInput } from './dto/space.input';
import { SpacesArgs } from './dto/spaces.args';
import { SpaceConnection, SpaceModel } from './space.model';
import { SpacesService } from './spaces.service';

@Resolver(() => SpaceModel)
export class SpacesResolver {
  constructor(private readonly spacesService: SpacesService) {}

  @Query(() => SpaceConnection, {
    description: 'Spaces by name, filtered by kind, accessibility or a fuzzy search.',
  })
  @Allow(Anyone)
  spaces(@Args() args: SpacesArgs) {
    return this.spacesService.list(args);
  }

  @Query(() => SpaceModel)
  @Allow(Anyone)
  space(@Args() { id }: IdArgs) {
    return this.spacesService.get(id);
  }

  @Mutation(() => SpaceModel)
  @Allow(OrganiserOfAnyGroup)
  createSpace(@Args('input') input: CreateSpaceInput) {
    return this.spacesService.create(input);
  }

  @Mutation(() => SpaceModel)
  @Allow(OrganiserOfAnyGroup)
  updateSpace(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateSpaceInput,
  ) {
    return this.spacesService.update(id, input);
  }
}
