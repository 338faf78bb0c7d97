import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import { ExchangeMessageEntity } from '../exchanges/exchange-message.entity';
import { deliverFresh, type GraphQLContext } from '../graphql/loaders';
import { HelpPostEntity } from '../help/help-post.entity';
import { HelpPostModel } from '../help/help-post.model';
import { personModelOf, PersonModel } from '../people/person.model';
import { mapEvents } from '../realtime/map-events';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import {
  RaiseSafeguardingConcernInput,
  SafeguardingConcernsArgs,
  UpdateSafeguardingConcernArgs,
} from './dto/safeguarding.args';
import { SafeguardingConcernEntity } from './safeguarding-concern.entity';
import { SafeguardingService } from './safeguarding.service';
import {
  MySafeguardingConcernModel,
  SafeguardingConcernConnection,
  SafeguardingConcernModel,
  toMyConcern,
} from './safeguarding.model';
import { SafeguardingLead } from './safeguarding.policies';

@Resolver(() => SafeguardingConcernModel)
export class SafeguardingResolver {
  constructor(
    private readonly safeguarding: SafeguardingService,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  @Mutation(() => MySafeguardingConcernModel, {
    description:
      'Raises a safeguarding concern about a person, a post or a message. It reaches the safeguarding lead(s) only, not moderators, organisers or admins.',
  })
  @Allow(SignedIn)
  async raiseSafeguardingConcern(
    @Args('input') input: RaiseSafeguardingConcernInput,
    @Context() { access }: GraphQLContext,
  ): Promise<MySafeguardingConcernModel> {
    return toMyConcern(await this.safeguarding.raise(access, input));
  }

  @Query(() => [MySafeguardingConcernModel], {
    description: 'Concerns I raised and where each stands (newest first).',
  })
  @Allow(SignedIn)
  async mySafeguardingConcerns(
    @Context() { access }: GraphQLContext,
  ): Promise<MySafeguardingConcernModel[]> {
    return (await this.safeguarding.mine(access.viewer!.personId)).map(toMyConcern);
  }

  @Query(() => SafeguardingConcernConnection, {
    description: 'Safeguarding concerns, newest first: for the safeguarding lead(s) only; audited.',
  })
  @Allow(SafeguardingLead)
  safeguardingConcerns(
    @Args() args: SafeguardingConcernsArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.safeguarding.list(access, args);
  }

  @Mutation(() => SafeguardingConcernModel, {
    description: 'Moves a concern on and keeps the leads’ notes; audited.',
  })
  @Allow(SafeguardingLead)
  updateSafeguardingConcern(
    @Args() args: UpdateSafeguardingConcernArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.safeguarding.update(access, args);
  }

  @Subscription(() => SafeguardingConcernModel, {
    description:
      'Concerns as they are raised: for the safeguarding lead(s) only, each delivery audited as a read.',
    resolve: deliverFresh('safeguardingConcernRaised'),
  })
  @Allow(SafeguardingLead)
  safeguardingConcernRaised(@Context() { access }: GraphQLContext) {
    return mapEvents(
      this.pubSub.iterate(topics.safeguardingConcernRaised),
      async ({ concernId }) => {
        const concern = await this.safeguarding.forLead(access, concernId);
        return concern ? { safeguardingConcernRaised: concern } : null;
      },
    );
  }

  @ResolveField(() => PersonModel, { description: 'Who raised it (their public name).' })
  @Allow(ThroughParent)
  async raisedBy(@Parent() concern: SafeguardingConcernEntity, @Context() context: GraphQLContext) {
    return (await personModelOf(context.loaders, concern.raisedByPersonId))!;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person it is about.' })
  @Allow(ThroughParent)
  aboutPerson(@Parent() concern: SafeguardingConcernEntity, @Context() context: GraphQLContext) {
    return personModelOf(context.loaders, concern.aboutPersonId);
  }

  @ResolveField(() => HelpPostModel, { nullable: true, description: 'The post it is about.' })
  @Allow(ThroughParent)
  helpPost(@Parent() concern: SafeguardingConcernEntity, @Context() { loaders }: GraphQLContext) {
    return concern.helpPostId ? loaders.byId(HelpPostEntity).load(concern.helpPostId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The message it is about, shared by the person who raised it.',
  })
  @Allow(ThroughParent)
  async message(
    @Parent() concern: SafeguardingConcernEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    if (!concern.exchangeMessageId) return null;
    const message = await loaders.byId(ExchangeMessageEntity).load(concern.exchangeMessageId);
    return message?.body ?? null;
  }
}
