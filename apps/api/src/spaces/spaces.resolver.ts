import { Anyone, OrganiserOfAnyGroup } from '../access/policies';
import { Allow } from '../access/policy';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgs, UuidPipe } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { CreateSpaceInput, UpdateSpaceInput } from './dto/space.input';
import { SpaceStewardArgs } from './dto/space-steward.args';
import { SpacesArgs } from './dto/spaces.args';
import { SpaceSteward } from './space.policies';
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

  @Mutation(() => SpaceModel, {
    description:
      'Organisers of any group, and admins: publish a space. Its creator becomes its first steward. Audited.',
  })
  @Allow(OrganiserOfAnyGroup)
  createSpace(@Args('input') input: CreateSpaceInput, @Context() { access }: GraphQLContext) {
    return this.spacesService.create(input, access);
  }

  @Mutation(() => SpaceModel, {
    description: 'The space’s stewards, and admins: change a space. Audited.',
  })
  @Allow(SpaceSteward('the space in `id`', ({ args }) => args['id'] as string))
  updateSpace(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateSpaceInput,
    @Context() { access }: GraphQLContext,
  ) {
    return this.spacesService.update(id, input, access);
  }

  @Mutation(() => Boolean, {
    description:
      'The space’s stewards, and admins: make someone a steward of the space too. Audited.',
  })
  @Allow(SpaceSteward('the space in `spaceId`', ({ args }) => args['spaceId'] as string))
  grantSpaceStewardship(
    @Args() { spaceId, personId }: SpaceStewardArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.spacesService.grantSteward(spaceId, personId, access);
  }

  @Mutation(() => Boolean, {
    description:
      'The space’s stewards, and admins: end someone’s stewardship (a space keeps at least one steward). Audited.',
  })
  @Allow(SpaceSteward('the space in `spaceId`', ({ args }) => args['spaceId'] as string))
  revokeSpaceStewardship(
    @Args() { spaceId, personId }: SpaceStewardArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.spacesService.revokeSteward(spaceId, personId, access);
  }
}
