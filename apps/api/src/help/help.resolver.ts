import { Anyone, SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import { HelpPostAuthorOf } from './help-post.policies';
import {
  Args,
  ID,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { IdArgs, UuidPipe } from '../graphql/id.args';
import { deliverFresh, GraphQLContext } from '../graphql/loaders';
import { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { AreaCellArgs } from './dto/area-cell.args';
import { CreateHelpPostInput, UpdateHelpPostInput } from './dto/help-post.input';
import { HelpPostsArgs } from './dto/help-posts.args';
import { MyHelpPostsArgs } from './dto/my-help-posts.args';
import { HelpPostEntity } from './help-post.entity';
import { HelpPostConnection, HelpPostModel } from './help-post.model';
import { HelpService } from './help.service';
import { ContentModeration, effectivePostStatus, HelpPostStatus, slotOf } from '@village/shared';
import { HelpPostMatchesArgs } from './dto/help-post-matches.args';
import { mapEvents } from '../realtime/map-events';
import { AvailabilitySlotModel } from './availability-slot.model';
import { HelpPostsNearArgs } from './dto/help-posts-near.args';
import { HelpBoard } from './help-board';
import { HelpBoardEventModel } from './help-board-event.model';
import { HelpMatchModel } from './matching/help-match.model';
import { HelpMatchingService } from './matching/help-matching.service';

@Resolver(() => HelpPostModel)
export class HelpResolver {
  constructor(
    private readonly helpService: HelpService,
    private readonly matching: HelpMatchingService,
    private readonly board: HelpBoard,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  @Query(() => HelpPostConnection, {
    description: 'The help board: newest first, open posts unless a status is given.',
  })
  @Allow(Anyone)
  helpPosts(@Args() args: HelpPostsArgs, @Context() { access }: GraphQLContext) {
    return this.helpService.list(args, access.viewer?.personId ?? null);
  }

  @Query(() => HelpPostConnection, {
    description:
      'My posts and my groups’ posts (groups I organise), newest first, whatever their state unless one is given.',
  })
  @Allow(SignedIn)
  myHelpPosts(@Args() args: MyHelpPostsArgs, @Context() context: GraphQLContext) {
    return this.helpService.listMine(context.access.viewer!.personId, args);
  }

  @Query(() => HelpPostModel, {
    description:
      'One post. A post held for review or removed is found only by its own side; a blocked person’s post by nobody on the other side of the block.',
  })
  @Allow(Anyone)
  helpPost(@Args() { id }: IdArgs, @Context() { access }: GraphQLContext) {
    return this.helpService.getVisible(id, access);
  }

  @Mutation(() => HelpPostModel)
  @Allow(HelpPostAuthorOf.newPost)
  createHelpPost(@Args('input') input: CreateHelpPostInput, @Context() context: GraphQLContext) {
    return this.helpService.create(input, context.access.viewer!.personId);
  }

  @Mutation(() => HelpPostModel)
  @Allow(HelpPostAuthorOf.existingPost)
  updateHelpPost(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateHelpPostInput,
  ) {
    return this.helpService.update(id, input);
  }

  @Mutation(() => HelpPostModel, {
    description:
      'Takes a post down: its author, or an organiser of its group. Exchanges not yet fulfilled are called off.',
  })
  @Allow(HelpPostAuthorOf.existingPost)
  withdrawHelpPost(@Args() { id }: IdArgs) {
    return this.helpService.withdraw(id);
  }

  @Query(() => [HelpMatchModel], {
    description:
      'For an open post of mine (or my group’s): offers that fit my request, or requests my offer fits, best first, each with its reasons.',
  })
  @Allow(HelpPostAuthorOf.existingPost)
  helpPostMatches(
    @Args() { id, first }: HelpPostMatchesArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.matching.matchesFor(id, first, access.viewer!.personId);
  }

  @Subscription(() => HelpPostModel, {
    description:
      'Posts in one area cell whose status changed: matched, fulfilled, withdrawn, expired, or open again.',
    resolve: deliverFresh('helpPostStatusChanged'),
  })
  @Allow(Anyone)
  helpPostStatusChanged(@Args() { areaCell }: AreaCellArgs) {
    return mapEvents(this.pubSub.iterate(topics.helpStatus(areaCell)), async ({ helpPostId }) => {
      const post = await this.helpService.get(helpPostId);
      // A post held for review or removed is on no board, so its changes are not announced either.
      return post.moderation === ContentModeration.VISIBLE ? { helpPostStatusChanged: post } : null;
    });
  }

  @Subscription(() => HelpPostModel, {
    description: 'New help posts in one area cell, as they are posted.',
    resolve: deliverFresh('helpPostCreated'),
  })
  @Allow(Anyone)
  async helpPostCreated(@Args() { areaCell }: AreaCellArgs, @Context() context: GraphQLContext) {
    const watch = {
      areaCells: new Set([areaCell]),
      categories: null,
      blocked: await this.board.blockedFor(context.access.viewer?.personId ?? null),
    };
    return this.board.watch(watch, null, ({ helpPost }) => ({ helpPostCreated: helpPost }));
  }

  @Subscription(() => HelpBoardEventModel, {
    description:
      'New help posts in my area (the given cells, or my own area and its neighbours) and categories, as they are posted. With `since`, the posts missed since that cursor come first.',
    resolve: deliverFresh('helpPostsNear'),
  })
  @Allow(Anyone)
  async helpPostsNear(@Args() args: HelpPostsNearArgs, @Context() context: GraphQLContext) {
    const watch = await this.board.watchFor(args, context.access.viewer?.personId ?? null);
    if (args.since) await this.board.checkCursor(args.since);
    return this.board.watch(watch, args.since ?? null, (event) => ({ helpPostsNear: event }));
  }

  @Query(() => String, {
    description:
      'Where the help board’s event log stands now: subscribe to helpPostsNear with it as `since` to miss nothing posted after this moment.',
  })
  @Allow(Anyone)
  helpBoardCursor() {
    return this.board.cursor();
  }

  @ResolveField(() => HelpPostStatus, {
    description: 'Where the post stands; an open post whose expiry has passed is EXPIRED at once.',
  })
  @Allow(Anyone)
  status(@Parent() post: HelpPostEntity): HelpPostStatus {
    return effectivePostStatus(post);
  }

  @ResolveField(() => [AvailabilitySlotModel], {
    description: 'When the author is free, as parts of days of the week.',
  })
  @Allow(Anyone)
  availabilitySlots(@Parent() post: HelpPostEntity): AvailabilitySlotModel[] {
    return post.availabilitySlots.map(slotOf);
  }

  @ResolveField(() => GroupModel, { nullable: true })
  @Allow(Anyone)
  authorGroup(@Parent() post: HelpPostEntity, @Context() { loaders }: GraphQLContext) {
    return post.authorGroupId ? loaders.byId(GroupEntity).load(post.authorGroupId) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  @Allow(Anyone)
  async authorPerson(@Parent() post: HelpPostEntity, @Context() { loaders }: GraphQLContext) {
    const person = post.authorPersonId
      ? await loaders.byId(PersonEntity).load(post.authorPersonId)
      : null;
    return person ? toPersonModel(person) : null;
  }
}
