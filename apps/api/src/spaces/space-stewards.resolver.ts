import {
  Args,
  Context,
  Field,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Anyone, OrganiserOfAnyGroup, SignedIn, ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import type { GraphQLContext } from '../graphql/loaders';
import { PersonEntity } from '../people/person.entity';
import { personModelOf, PersonModel, toPersonModel } from '../people/person.model';
import {
  DecideSpaceChangeArgs,
  ProposeSpaceChangeArgs,
  SpaceChangeProposalsArgs,
} from './dto/space-change.args';
import { SpaceChangeProposalEntity } from './space-change-proposal.entity';
import { SpaceChangeProposalModel } from './space-change-proposal.model';
import { SpaceEntity } from './space.entity';
import { SpaceModel } from './space.model';
import { StewardOfProposalSpace, StewardOfThisSpace } from './space.policies';
import { SpaceStewardEntity } from './space-steward.entity';
import { SpacesService } from './spaces.service';

@PersonalData()
@ObjectType('SpaceSteward', { description: 'A person who looks after a space’s public record.' })
export class SpaceStewardModel {
  @Field(() => PersonModel)
  @Allow(ThroughParent)
  person!: PersonModel;

  @Field()
  @Allow(ThroughParent)
  grantedAt!: Date;
}

/** Stewards of a space, and suggested changes by organisers who are not. */
@Resolver(() => SpaceModel)
export class SpaceStewardsResolver {
  constructor(private readonly spacesService: SpacesService) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer is one of this space’s stewards (false when signed out).',
  })
  @Allow(Anyone)
  async viewerIsSteward(
    @Parent() space: SpaceModel,
    @Context() { access, loaders }: GraphQLContext,
  ) {
    if (!access.viewer) return false;
    const stewards = await loaders
      .manyBy(SpaceStewardEntity, 'spaceId', { personId: 'ASC' })
      .load(space.id);
    return stewards.some((steward) => steward.personId === access.viewer!.personId);
  }

  @ResolveField(() => [SpaceStewardModel], {
    nullable: true,
    description: 'The space’s stewards: for its stewards and admins.',
  })
  @Allow(StewardOfThisSpace)
  async stewards(@Parent() space: SpaceModel, @Context() { loaders }: GraphQLContext) {
    const stewards = await loaders
      .manyBy(SpaceStewardEntity, 'spaceId', { personId: 'ASC' })
      .load(space.id);
    const people = await loaders.byId(PersonEntity).loadMany(stewards.map((s) => s.personId));
    return stewards
      .map((steward, i) => ({ steward, person: people[i] }))
      .filter(
        (row): row is { steward: SpaceStewardEntity; person: PersonEntity } =>
          row.person instanceof PersonEntity,
      )
      .sort((a, b) => a.steward.grantedAt.getTime() - b.steward.grantedAt.getTime())
      .map(({ steward, person }) => ({
        person: toPersonModel(person),
        grantedAt: steward.grantedAt,
      }));
  }

  @ResolveField(() => [PersonModel], {
    nullable: true,
    description:
      'Who a steward may add: organisers of groups meeting here and organisers who suggested changes, not yet stewards. For its stewards and admins.',
  })
  @Allow(StewardOfThisSpace)
  async stewardCandidates(@Parent() space: SpaceModel) {
    return (await this.spacesService.stewardCandidates(space.id)).map(toPersonModel);
  }
}

@Resolver(() => SpaceChangeProposalModel)
export class SpaceChangeProposalsResolver {
  constructor(private readonly spacesService: SpacesService) {}

  @Query(() => [SpaceChangeProposalModel], {
    description:
      'Suggested changes to a space, newest first (at most 50): all of them for its stewards and admins, one’s own for anyone else signed in.',
  })
  @Allow(SignedIn)
  spaceChangeProposals(
    @Args() { spaceId, status }: SpaceChangeProposalsArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.spacesService.proposals(spaceId, status, access);
  }

  @Mutation(() => SpaceChangeProposalModel, {
    description:
      'Organisers of any group who are not the space’s stewards: suggest a change for its stewards to accept. Audited.',
  })
  @Allow(OrganiserOfAnyGroup)
  proposeSpaceChange(
    @Args() { spaceId, input, note }: ProposeSpaceChangeArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.spacesService.propose(spaceId, input, note, access);
  }

  @Mutation(() => SpaceChangeProposalModel, {
    description:
      'The space’s stewards, and admins: apply a suggested change (refused if what it changes moved since). Audited.',
  })
  @Allow(StewardOfProposalSpace)
  acceptSpaceChange(
    @Args() { id, note }: DecideSpaceChangeArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.spacesService.acceptChange(id, note, access);
  }

  @Mutation(() => SpaceChangeProposalModel, {
    description: 'The space’s stewards, and admins: decline a suggested change. Audited.',
  })
  @Allow(StewardOfProposalSpace)
  declineSpaceChange(
    @Args() { id, note }: DecideSpaceChangeArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.spacesService.declineChange(id, note, access);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who suggested it.' })
  @Allow(ThroughParent)
  proposer(@Parent() proposal: SpaceChangeProposalEntity, @Context() { loaders }: GraphQLContext) {
    return personModelOf(loaders, proposal.proposerPersonId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer suggested it.' })
  @Allow(ThroughParent)
  mine(@Parent() proposal: SpaceChangeProposalEntity, @Context() { access }: GraphQLContext) {
    return proposal.proposerPersonId === access.viewer?.personId;
  }

  @ResolveField(() => SpaceModel)
  @Allow(ThroughParent)
  space(@Parent() proposal: SpaceChangeProposalEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(SpaceEntity).load(proposal.spaceId);
  }
}
