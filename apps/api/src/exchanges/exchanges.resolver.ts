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
import { ContentModeration, ModerationState } from '@village/shared';
import { Admin, OrganiserOf, SignedIn, ThroughParent } from '../access/policies';
import { ModerationItemEntity } from '../screening/moderation-item.entity';
import { Allow, Policy } from '../access/policy';
import { IdArgs } from '../graphql/id.args';
import { deliverFresh, GraphQLContext } from '../graphql/loaders';
import { Page } from '../graphql/pagination';
import { HelpPostEntity } from '../help/help-post.entity';
import { HelpPostModel } from '../help/help-post.model';
import { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import { SinceArgs } from '../realtime/dto/since.args';
import {
  ExchangeIdArgs,
  ExchangeMessageArgs,
  ExchangeMessagesArgs,
  ExchangeSinceArgs,
  ExchangesArgs,
  FeedbackArgs,
  FeedbackSummaryArgs,
  GroupExchangesArgs,
  RespondToHelpPostArgs,
  ThankArgs,
} from './dto/exchange.args';
import { ExchangeEntity } from './exchange.entity';
import { ExchangeFeedbackEntity } from './exchange-feedback.entity';
import { ExchangeStreams } from './exchange-streams';
import {
  ExchangeConnection,
  ExchangeEventModel,
  ExchangeMessageConnection,
  ExchangeMessageEventModel,
  ExchangeMessageModel,
  ExchangeModel,
  ExchangeThanksModel,
  RelationalFeedbackSummaryModel,
  toMessageModel,
} from './exchange.model';
import { ExchangeConversation, ExchangeParty, viewerSide } from './exchange.policies';
import { ExchangeSide, givingSide } from './exchange-sides';
import { ExchangeThanksEntity } from './exchange-thanks.entity';
import { ExchangesService } from './exchanges.service';

const sideOf = (fromPostSide: boolean) =>
  fromPostSide ? ExchangeSide.POST : ExchangeSide.RESPONDER;

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
    private readonly streams: ExchangeStreams,
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
      'How people felt in exchanges (welcome, listened to, would meet again): null until at least 5 have answered, then counted in whole blocks of 5 so no one answer shows through.',
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

  @Subscription(() => ExchangeEventModel, {
    description:
      'Responses to my posts and to posts of groups I organise, as they arrive. With `since`, the responses missed since that cursor come first.',
    resolve: deliverFresh('helpPostResponded'),
  })
  @Allow(SignedIn)
  helpPostResponded(@Args() { since }: SinceArgs, @Context() { access }: GraphQLContext) {
    return this.streams.responses(access, since ?? null);
  }

  @Subscription(() => ExchangeMessageEventModel, {
    description:
      'New messages in one of my exchanges. With `since`, the messages missed since that cursor come first. Ends with FORBIDDEN the moment I am no longer one of its sides.',
    resolve: deliverFresh('exchangeMessageAdded'),
  })
  @Allow(ExchangeConversation)
  exchangeMessageAdded(
    @Args() { exchangeId, since }: ExchangeSinceArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.streams.messages(access, exchangeId, since ?? null);
  }

  @Subscription(() => ExchangeEventModel, {
    description:
      'One of my exchanges each time it changes: agreed, fulfilled, called off, thanked. With `since`, the changes missed since that cursor come first. Ends with FORBIDDEN the moment I am no longer one of its sides.',
    resolve: deliverFresh('exchangeUpdated'),
  })
  @Allow(ExchangeParty)
  exchangeUpdated(
    @Args() { exchangeId, since }: ExchangeSinceArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.streams.changes(access, exchangeId, since ?? null);
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
  @ResolveField(() => String, {
    nullable: true,
    description:
      'For a message a moderator took down (only its author can still see it): what they said about why.',
  })
  @Allow(ThroughParent)
  async removalNote(
    @Parent() message: ExchangeMessageModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    if (message.moderation !== ContentModeration.REMOVED) return null;
    const [item] = await loaders
      .manyBy(ModerationItemEntity, 'exchangeMessageId', {})
      .load(message.id);
    return item?.state === ModerationState.REMOVED ? item.decisionNote : null;
  }

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
