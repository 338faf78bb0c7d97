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
import { GroupEntity } from '../groups/group.entity';
import { ModerationItemEntity } from '../screening/moderation-item.entity';
import { GroupModel } from '../groups/group.model';
import { IdArgs, UuidPipe } from '../graphql/id.args';
import { deliverFresh, GraphQLContext } from '../graphql/loaders';
import { personModelOf, PersonModel } from '../people/person.model';
import { AreaCellSinceArgs } from './dto/area-cell.args';
import { CreateHelpPostInput, UpdateHelpPostInput } from './dto/help-post.input';
import { HelpPostsArgs } from './dto/help-posts.args';
import { MyHelpPostsArgs } from './dto/my-help-posts.args';
import { HelpPostEntity } from './help-post.entity';
import { HelpPostConnection, HelpPostModel } from './help-post.model';
import { HelpService } from './help.service';
import {
  ContentModeration,
  effectivePostStatus,
  HelpPostStatus,
  ModerationState,
  slotOf,
} from '@village/shared';
import { HelpPostMatchesArgs } from './dto/help-post-matches.args';
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
    return this.helpService.listMine(context.access, args);
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

  @Subscription(() => HelpBoardEventModel, {
    description:
      'Posts in one area cell whose status changed: matched, fulfilled, withdrawn, expired, or open again. With `since`, the changes missed since that cursor come first.',
    resolve: deliverFresh('helpPostStatusChanged'),
  })
  @Allow(Anyone)
  async helpPostStatusChanged(
    @Args() { areaCell, since }: AreaCellSinceArgs,
    @Context() { access }: GraphQLContext,
  ) {
    const watch = await this.board.watchCells([areaCell], null, access.viewer?.personId ?? null);
    return this.board.statusChanges(watch, since ?? null, (event) => ({
      helpPostStatusChanged: event,
    }));
  }

  @Subscription(() => HelpBoardEventModel, {
    description:
      'New help posts in my area (the given cells, or my own area and its neighbours) and categories, as they are posted. With `since`, the posts missed since that cursor come first.',
    resolve: deliverFresh('helpPostsNear'),
  })
  @Allow(Anyone)
  async helpPostsNear(@Args() args: HelpPostsNearArgs, @Context() { access }: GraphQLContext) {
    const watch = await this.board.watchFor(args, access.viewer?.personId ?? null);
    return this.board.posts(watch, args.since ?? null, (event) => ({ helpPostsNear: event }));
  }

  @Query(() => String, {
    description:
      'Where the real-time event log stands now. Read it with what a page shows, then subscribe with it as `since` (helpPostsNear, helpPostStatusChanged, helpPostResponded, exchangeMessageAdded, exchangeUpdated) to miss nothing that happens after this moment.',
  })
  @Allow(Anyone)
  liveCursor(@Context() context: GraphQLContext) {
    // Normally already read, before the rest of the query (realtime/live-cursor.ts).
    return context.liveCursor ?? this.board.cursor();
  }

  @ResolveField(() => HelpPostStatus, {
    description: 'Where the post stands; an open post whose expiry has passed is EXPIRED at once.',
  })
  @Allow(Anyone)
  status(@Parent() post: HelpPostEntity): HelpPostStatus {
    return effectivePostStatus(post);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'For a post a moderator took down (only its own side can still see it): what they said about why.',
  })
  @Allow(Anyone)
  async removalNote(
    @Parent() post: HelpPostEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    if (post.moderation !== ContentModeration.REMOVED) return null;
    const [item] = await loaders.manyBy(ModerationItemEntity, 'helpPostId', {}).load(post.id);
    return item?.state === ModerationState.REMOVED ? item.decisionNote : null;
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
  authorPerson(@Parent() post: HelpPostEntity, @Context() { loaders }: GraphQLContext) {
    return personModelOf(loaders, post.authorPersonId);
  }
}
