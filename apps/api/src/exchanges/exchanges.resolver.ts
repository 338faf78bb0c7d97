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
import { Admin, OrganiserOf, SignedIn, ThroughParent } from '../access/policies';
import { Allow, Policy } from '../access/policy';
import { IdArgs } from '../graphql/id.args';
import { deliverFresh, GraphQLContext } from '../graphql/loaders';
import { Page } from '../graphql/pagination';
import { HelpPostEntity } from '../help/help-post.entity';
import { HelpPostModel } from '../help/help-post.model';
import { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import { mapEvents } from '../realtime/map-events';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { Inject } from '@nestjs/common';
import {
  ExchangeIdArgs,
  ExchangeMessageArgs,
  ExchangeMessagesArgs,
  ExchangesArgs,
  FeedbackArgs,
  FeedbackSummaryArgs,
  GroupExchangesArgs,
  RespondToHelpPostArgs,
  ThankArgs,
} from './dto/exchange.args';
import { ExchangeEntity } from './exchange.entity';
import { ExchangeFeedbackEntity } from './exchange-feedback.entity';
import { ExchangeMessageEntity } from './exchange-message.entity';
import {
  ExchangeConnection,
  ExchangeMessageConnection,
  ExchangeMessageModel,
  ExchangeModel,
  ExchangeThanksModel,
  RelationalFeedbackSummaryModel,
} from './exchange.model';
import { ExchangeConversation, ExchangeParty, viewerSide } from './exchange.policies';
import { ExchangeSide, givingSide } from './exchange-sides';
import { ExchangeThanksEntity } from './exchange-thanks.entity';
import { ExchangesService } from './exchanges.service';

const sideOf = (fromPostSide: boolean) =>
  fromPostSide ? ExchangeSide.POST : ExchangeSide.RESPONDER;

function toMessageModel(message: ExchangeMessageEntity): ExchangeMessageModel {
  return {
    id: message.id,
    body: message.body,
    side: sideOf(message.fromPostSide),
    sentAt: message.createdAt,
    moderation: message.moderation,
    authorPersonId: message.authorPersonId,
  };
}

function toThanksModel(thanks: ExchangeThanksEntity): ExchangeThanksModel {
  return {
    message: thanks.message,
    side: sideOf(thanks.fromPostSide),
    createdAt: thanks.createdAt,
    authorPersonId: thanks.authorPersonId,
  };
}

/** A group's feedback for its organisers (and admins); the town's for admins. */
const FeedbackSummaryPolicy: Policy = {
  name: 'FeedbackSummary(groupId: OrganiserOf or Admin; none: Admin)',
  check: async (input) =>
    (await Admin.check(input)) ||
    (Boolean(input.args['groupId']) &&
      (await OrganiserOf('the group in `groupId`', ({ args }) => args['groupId'] as string).check(
        input,
      ))),
};

/** What a mutation returns is read afresh: the policy check loaded the post before it changed. */
function afterChange<T>(context: GraphQLContext, value: T): T {
  context.loaders = context.loaders.fresh();
  return value;
}

async function personOf(context: GraphQLContext, personId: string): Promise<PersonModel> {
  const person = await context.loaders.byId(PersonEntity).load(personId);
  return toPersonModel(person!);
}

@Resolver(() => ExchangeModel)
export class ExchangesResolver {
  constructor(
    private readonly exchanges: ExchangesService,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  @Query(() => ExchangeModel, { description: 'One exchange, for its two sides.' })
  @Allow(ExchangeParty)
  exchange(@Args() { id }: IdArgs) {
    return this.exchanges.get(id);
  }

  @Query(() => ExchangeConnection, {
    description: 'Exchanges I responded to, or about my own posts: most recently changed first.',
  })
  @Allow(SignedIn)
  myExchanges(@Args() args: ExchangesArgs, @Context() context: GraphQLContext) {
    return this.exchanges.listMine(context.access.viewer!.personId, args);
  }

  @Query(() => ExchangeConnection, {
    description: 'Exchanges about a group’s posts, for its organisers to manage.',
  })
  @Allow(OrganiserOf('the group in `groupId`', ({ args }) => args['groupId'] as string))
  groupExchanges(@Args() args: GroupExchangesArgs) {
    return this.exchanges.listForGroup(args);
  }

  @Query(() => ExchangeMessageConnection, {
    description:
      'An exchange’s private conversation, oldest first. Organisers’ reads of their group’s conversations are audited.',
  })
  @Allow(ExchangeConversation)
  async exchangeMessages(
    @Args() { exchangeId, first, after }: ExchangeMessagesArgs,
    @Context() { access }: GraphQLContext,
  ): Promise<Page<ExchangeMessageModel>> {
    const page = await this.exchanges.messages(exchangeId, access.viewer!.personId, first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: toMessageModel(edge.node) })),
    };
  }

  @Query(() => RelationalFeedbackSummaryModel, {
    nullable: true,
    description:
      'How people felt in exchanges (welcome, listened to, would meet again): null until at least 5 have answered.',
  })
  @Allow(FeedbackSummaryPolicy)
  exchangeFeedbackSummary(@Args() { groupId }: FeedbackSummaryArgs) {
    return this.exchanges.feedbackSummary(groupId ?? null);
  }

  @Mutation(() => ExchangeModel, {
    description:
      'Answers an open post with a first message, starting a private conversation with its author (or group).',
  })
  @Allow(SignedIn)
  respondToHelpPost(
    @Args() { helpPostId, message }: RespondToHelpPostArgs,
    @Context() context: GraphQLContext,
  ) {
    return this.exchanges.respond(context.access, helpPostId, message);
  }

  @Mutation(() => ExchangeMessageModel, {
    description: 'Sends a message; phone numbers and email addresses are refused.',
  })
  @Allow(ExchangeParty)
  async sendExchangeMessage(
    @Args() { exchangeId, body }: ExchangeMessageArgs,
    @Context() context: GraphQLContext,
  ) {
    return toMessageModel(await this.exchanges.sendMessage(context.access, exchangeId, body));
  }

  @Mutation(() => ExchangeModel, {
    description: 'My side says yes; once both sides have, the exchange is agreed.',
  })
  @Allow(ExchangeParty)
  async agreeToExchange(
    @Args() { exchangeId }: ExchangeIdArgs,
    @Context() context: GraphQLContext,
  ) {
    return afterChange(context, await this.exchanges.agree(context.access, exchangeId));
  }

  @Mutation(() => ExchangeModel, { description: 'Either side: it happened.' })
  @Allow(ExchangeParty)
  async markExchangeFulfilled(
    @Args() { exchangeId }: ExchangeIdArgs,
    @Context() context: GraphQLContext,
  ) {
    return afterChange(context, await this.exchanges.fulfil(context.access, exchangeId));
  }

  @Mutation(() => ExchangeModel, {
    description: 'Either side calls it off before it is fulfilled.',
  })
  @Allow(ExchangeParty)
  async cancelExchange(@Args() { exchangeId }: ExchangeIdArgs, @Context() context: GraphQLContext) {
    return afterChange(context, await this.exchanges.cancel(context.access, exchangeId));
  }

  @Mutation(() => ExchangeThanksModel, {
    description: 'Thanks the other side of a fulfilled exchange, once; only the two sides see it.',
  })
  @Allow(ExchangeParty)
  async thankForExchange(
    @Args() { exchangeId, message }: ThankArgs,
    @Context() context: GraphQLContext,
  ) {
    return toThanksModel(await this.exchanges.thank(context.access, exchangeId, message));
  }

  @Mutation(() => Boolean, {
    description:
      'Private feedback on a fulfilled exchange, once a side. Never shown to anyone on its own: only in aggregates of at least 5.',
  })
  @Allow(ExchangeParty)
  giveExchangeFeedback(@Args() args: FeedbackArgs, @Context() context: GraphQLContext) {
    return this.exchanges.giveFeedback(context.access, args);
  }

  @Subscription(() => ExchangeModel, {
    description: 'Responses to my posts and to posts of groups I organise, as they arrive.',
    resolve: deliverFresh('helpPostResponded'),
  })
  @Allow(SignedIn)
  helpPostResponded(@Context() context: GraphQLContext) {
    const { access } = context;
    return mapEvents(
      this.pubSub.iterate(topics.helpResponse(access.viewer!.personId)),
      async ({ exchangeId }) => ({
        helpPostResponded: await this.exchanges.requireSide(access.as(access.viewer), exchangeId),
      }),
    );
  }

  @Subscription(() => ExchangeMessageModel, {
    description: 'New messages in one of my exchanges.',
    resolve: deliverFresh('exchangeMessageAdded'),
  })
  @Allow(ExchangeConversation)
  exchangeMessageAdded(@Args() { exchangeId }: ExchangeIdArgs, @Context() context: GraphQLContext) {
    const { access } = context;
    return mapEvents(
      this.pubSub.iterate(topics.exchangeMessage(exchangeId)),
      async ({ messageId }) => {
        await this.exchanges.requireSide(access.as(access.viewer), exchangeId);
        return { exchangeMessageAdded: toMessageModel(await this.exchanges.message(messageId)) };
      },
    );
  }

  @Subscription(() => ExchangeModel, {
    description:
      'One of my exchanges each time it changes: agreed, fulfilled, called off, thanked.',
    resolve: deliverFresh('exchangeUpdated'),
  })
  @Allow(ExchangeParty)
  exchangeUpdated(@Args() { exchangeId }: ExchangeIdArgs, @Context() context: GraphQLContext) {
    const { access } = context;
    return mapEvents(this.pubSub.iterate(topics.exchangeChanged(exchangeId)), async () => ({
      exchangeUpdated: await this.exchanges.requireSide(access.as(access.viewer), exchangeId),
    }));
  }

  @ResolveField(() => HelpPostModel)
  @Allow(ThroughParent)
  async helpPost(@Parent() exchange: ExchangeEntity, @Context() { loaders }: GraphQLContext) {
    return (await loaders.byId(HelpPostEntity).load(exchange.helpPostId))!;
  }

  @ResolveField(() => PersonModel, { description: 'The person who responded.' })
  @Allow(ThroughParent)
  responder(@Parent() exchange: ExchangeEntity, @Context() context: GraphQLContext) {
    return personOf(context, exchange.responderPersonId);
  }

  @ResolveField(() => Boolean, { description: 'The post’s side has said yes.' })
  @Allow(ThroughParent)
  agreedByPostSide(@Parent() exchange: ExchangeEntity): boolean {
    return exchange.postSideAgreedAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'The responder has said yes.' })
  @Allow(ThroughParent)
  agreedByResponder(@Parent() exchange: ExchangeEntity): boolean {
    return exchange.responderAgreedAt !== null;
  }

  @ResolveField(() => ExchangeSide, { description: 'The side I am on.' })
  @Allow(ThroughParent)
  async mySide(@Parent() exchange: ExchangeEntity, @Context() context: GraphQLContext) {
    const post = await context.loaders.byId(HelpPostEntity).load(exchange.helpPostId);
    return viewerSide(context.access, exchange, post!);
  }

  @ResolveField(() => ExchangeSide, {
    description: 'Who gives: the post’s side for an offer, the responder for a request.',
  })
  @Allow(ThroughParent)
  async givingSide(@Parent() exchange: ExchangeEntity, @Context() { loaders }: GraphQLContext) {
    const post = await loaders.byId(HelpPostEntity).load(exchange.helpPostId);
    return givingSide(post!.kind);
  }

  @ResolveField(() => [ExchangeThanksModel], { description: 'Thanks between the two sides.' })
  @Allow(ThroughParent)
  async thanks(@Parent() exchange: ExchangeEntity, @Context() { loaders }: GraphQLContext) {
    const thanks = await loaders
      .manyBy(ExchangeThanksEntity, 'exchangeId', { createdAt: 'ASC' })
      .load(exchange.id);
    return thanks.map(toThanksModel);
  }

  @ResolveField(() => Boolean, { description: 'My side has given its private feedback.' })
  @Allow(ThroughParent)
  async myFeedbackGiven(@Parent() exchange: ExchangeEntity, @Context() context: GraphQLContext) {
    const post = await context.loaders.byId(HelpPostEntity).load(exchange.helpPostId);
    const side = await viewerSide(context.access, exchange, post!);
    const feedback = await context.loaders
      .manyBy(ExchangeFeedbackEntity, 'exchangeId', { createdAt: 'ASC' })
      .load(exchange.id);
    return feedback.some((f) => sideOf(f.fromPostSide) === side);
  }
}

@Resolver(() => ExchangeMessageModel)
export class ExchangeMessageResolver {
  @ResolveField(() => PersonModel, { description: 'Who wrote it (their public name).' })
  @Allow(ThroughParent)
  author(@Parent() message: ExchangeMessageModel, @Context() context: GraphQLContext) {
    return personOf(context, message.authorPersonId);
  }

  @ResolveField(() => Boolean, { description: 'I wrote it.' })
  @Allow(ThroughParent)
  mine(@Parent() message: ExchangeMessageModel, @Context() { access }: GraphQLContext): boolean {
    return message.authorPersonId === access.viewer?.personId;
  }
}

@Resolver(() => ExchangeThanksModel)
export class ExchangeThanksResolver {
  @ResolveField(() => PersonModel, { description: 'Who said it (their public name).' })
  @Allow(ThroughParent)
  author(@Parent() thanks: ExchangeThanksModel, @Context() context: GraphQLContext) {
    return personOf(context, thanks.authorPersonId);
  }
}
