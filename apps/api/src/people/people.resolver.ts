import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { HelpCategory } from '@village/shared';
import { OwnProfile, PersonProfile, SignedIn, profileOf } from '../access/policies';
import { Allow } from '../access/policy';
import { IdArgs } from '../graphql/id.args';
import { GraphQLContext } from '../graphql/loaders';
import { PersonArgs } from './dto/person.args';
import { ProfileInput } from './dto/profile.input';
import { HouseholdEntity } from './household.entity';
import { LifeStageModel, lifeStageOf, PersonModel, toPersonModel } from './person.model';
import { PeopleService } from './people.service';
import { PersonUpdate, PersonUpdates } from './person-updates';

/**
 * One person's record, for those allowed to see it. The safeguarding lead, who may see anyone, must
 * say why; the reason goes into the audit event the person can read.
 */
const PersonRecord = profileOf('the person in `id`', ({ args }) => args['id'] as string, {
  takesPurpose: true,
});

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly updates: PersonUpdates,
  ) {}

  @Query(() => PersonModel, { description: 'One person, for those allowed to see them.' })
  @Allow(PersonRecord)
  async person(@Args() { id }: PersonArgs): Promise<PersonModel> {
    return toPersonModel(await this.peopleService.get(id));
  }

  @Mutation(() => PersonModel, { description: 'Changes my own profile and life stage.' })
  @Allow(SignedIn)
  async updateMyProfile(@Args('input') input: ProfileInput, @Context() context: GraphQLContext) {
    return toPersonModel(await this.peopleService.updateProfile(context.access.viewer!, input));
  }

  @Subscription(() => PersonModel, {
    description:
      'A person’s profile each time it changes. Ends with FORBIDDEN the moment the viewer may no longer see it (consent withdrawn, vetting expired).',
    resolve: (update: PersonUpdate, _args: unknown, context: GraphQLContext) =>
      PersonUpdates.deliver(update, context),
  })
  @Allow(PersonRecord)
  personUpdated(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return this.updates.watch(id, context.access);
  }

  @ResolveField(() => String, { nullable: true, description: 'Rough home area (H3 cell).' })
  @Allow(PersonProfile)
  areaCell(@Parent() person: PersonModel) {
    return person.areaCell;
  }

  @ResolveField(() => [String], { nullable: true })
  @Allow(PersonProfile)
  languages(@Parent() person: PersonModel) {
    return person.languages;
  }

  @ResolveField(() => [HelpCategory], { nullable: true })
  @Allow(PersonProfile)
  canOffer(@Parent() person: PersonModel) {
    return person.canOffer;
  }

  @ResolveField(() => [HelpCategory], { nullable: true })
  @Allow(PersonProfile)
  wouldLike(@Parent() person: PersonModel) {
    return person.wouldLike;
  }

  @ResolveField(() => [Int], {
    nullable: true,
    description:
      'ISO weekdays (1 = Monday … 7 = Sunday) that suit me for sessions, in order; empty means any day. Only I see them: suggestions put sessions on these days first.',
  })
  @Allow(OwnProfile)
  suitableWeekdays(@Parent() person: PersonModel) {
    return person.suitableWeekdays;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Fulfilled exchanges in which I gave help. Only I see it: giving and receiving both count, and nobody is ranked by them.',
  })
  @Allow(OwnProfile)
  helpGiven(@Parent() person: PersonModel) {
    return person.helpGiven;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Fulfilled exchanges in which I received help. Only I see it, like helpGiven.',
  })
  @Allow(OwnProfile)
  helpReceived(@Parent() person: PersonModel) {
    return person.helpReceived;
  }

  @ResolveField(() => LifeStageModel, { nullable: true })
  @Allow(PersonProfile)
  async lifeStage(
    @Parent() person: PersonModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<LifeStageModel> {
    const household = person.householdId
      ? await loaders.byId(HouseholdEntity).load(person.householdId)
      : null;
    return lifeStageOf(household);
  }
}
