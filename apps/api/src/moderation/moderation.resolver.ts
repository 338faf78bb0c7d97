import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountRole, ModerationSubjectKind, RISK_RULE_DESCRIPTIONS } from '@village/shared';
import { AccessBasisKind } from '../access/access-basis';
import { SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import { AuditLog } from '../audit/audit-log';
import { ExchangeEntity } from '../exchanges/exchange.entity';
import { ExchangeMessageEntity } from '../exchanges/exchange-message.entity';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { IdArgs } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { HelpPostEntity } from '../help/help-post.entity';
import { HelpPostModel } from '../help/help-post.model';
import { ContentReportEntity } from './content-report.entity';
import {
  ModerationQueueArgs,
  RemoveModerationItemArgs,
  ReportHelpPostArgs,
  ReportMessageArgs,
} from './dto/moderation.args';
import { ModerationItemEntity } from '../screening/moderation-item.entity';
import { ModerationService } from './moderation.service';
import {
  ModerationItemConnection,
  ModerationItemModel,
  ModerationReportModel,
  ScreeningMatchModel,
} from './moderation.model';
import { ModerationQueue, ModeratorOfItem, ModeratorOfReport } from './moderation.policies';

@Resolver(() => ModerationItemModel)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly audit: AuditLog,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Reports a post to its moderators. Once per person and post; nobody is told who reported.',
  })
  @Allow(SignedIn)
  reportHelpPost(@Args() args: ReportHelpPostArgs, @Context() { access }: GraphQLContext) {
    return this.moderation.reportHelpPost(access, args);
  }

  @Mutation(() => Boolean, {
    description:
      'Reports a message the other side sent in one of my exchanges. Once per person and message; nobody is told who reported.',
  })
  @Allow(SignedIn)
  reportExchangeMessage(@Args() args: ReportMessageArgs, @Context() { access }: GraphQLContext) {
    return this.moderation.reportMessage(access, args);
  }

  @Query(() => ModerationItemConnection, {
    description:
      'Posts and messages held by screening or reported, oldest first: a group’s for its organisers, everything for admins.',
  })
  @Allow(ModerationQueue)
  moderationQueue(@Args() args: ModerationQueueArgs, @Context() { access }: GraphQLContext) {
    return this.moderation.queue(access, args);
  }

  @Mutation(() => ModerationItemModel, {
    description: 'Releases a held post or message (or clears a reported one); audited.',
  })
  @Allow(ModeratorOfItem)
  releaseModerationItem(@Args() { id }: IdArgs, @Context() { access }: GraphQLContext) {
    return this.moderation.release(access, id);
  }

  @Mutation(() => ModerationItemModel, {
    description:
      'Takes a post or message down, with an optional note its author sees; a live post is withdrawn. Audited.',
  })
  @Allow(ModeratorOfItem)
  removeModerationItem(
    @Args() { id, note }: RemoveModerationItemArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.moderation.remove(access, id, note.trim() || null);
  }

  @Mutation(() => ModerationItemModel, {
    description: 'Dismisses one report that was not a problem; audited.',
  })
  @Allow(ModeratorOfReport)
  dismissReport(@Args() { id }: IdArgs, @Context() { access }: GraphQLContext) {
    return this.moderation.dismissReport(access, id);
  }

  @ResolveField(() => String, {
    description:
      'What is being judged: the post’s title, description and availability, or the message.',
  })
  @Allow(ThroughParent)
  async text(
    @Parent() item: ModerationItemEntity,
    @Context() { loaders, access }: GraphQLContext,
  ): Promise<string> {
    if (item.subjectKind === ModerationSubjectKind.HELP_POST) {
      const post = await loaders.byId(HelpPostEntity).load(item.helpPostId!);
      // Every part screening reads, so the moderator sees what it matched.
      const parts = post ? [post.title, post.description, post.availability] : [];
      return parts.filter(Boolean).join('\n\n');
    }
    const message = await loaders.byId(ExchangeMessageEntity).load(item.exchangeMessageId!);
    // A moderator reading a private message is recorded, against the message rather than its
    // author: the author's own access log would otherwise tell them they were reported.
    await this.audit.record({
      actorPersonId: access.viewer!.personId,
      subjectPersonId: null,
      action: 'read:ModerationItem.text',
      basis: access.hasRole(AccountRole.ADMIN) ? AccessBasisKind.ADMIN : AccessBasisKind.ORGANISER,
      viaGroupId: item.groupId,
      purpose: `EXCHANGE_MESSAGE ${item.exchangeMessageId}`,
    });
    return message?.body ?? '';
  }

  @ResolveField(() => HelpPostModel, {
    nullable: true,
    description: 'The post, or for a message the post its exchange is about.',
  })
  @Allow(ThroughParent)
  async helpPost(@Parent() item: ModerationItemEntity, @Context() { loaders }: GraphQLContext) {
    if (item.helpPostId) return loaders.byId(HelpPostEntity).load(item.helpPostId);
    const message = await loaders.byId(ExchangeMessageEntity).load(item.exchangeMessageId!);
    const exchange = message && (await loaders.byId(ExchangeEntity).load(message.exchangeId));
    return exchange ? loaders.byId(HelpPostEntity).load(exchange.helpPostId) : null;
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'The group it belongs to.' })
  @Allow(ThroughParent)
  group(@Parent() item: ModerationItemEntity, @Context() { loaders }: GraphQLContext) {
    return item.groupId ? loaders.byId(GroupEntity).load(item.groupId) : null;
  }

  @ResolveField(() => [ScreeningMatchModel], {
    description: 'Why screening held it (empty when it was only reported).',
  })
  @Allow(ThroughParent)
  screening(@Parent() item: ModerationItemEntity): ScreeningMatchModel[] {
    return item.screening.map((match) => ({
      ...match,
      description: RISK_RULE_DESCRIPTIONS[match.rule],
    }));
  }

  @ResolveField(() => [ModerationReportModel], { description: 'Its reports, oldest first.' })
  @Allow(ThroughParent)
  reports(
    @Parent() item: ModerationItemEntity,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ModerationReportModel[]> {
    return loaders
      .manyBy(ContentReportEntity, 'moderationItemId', { createdAt: 'ASC' })
      .load(item.id)
      .then((reports) =>
        reports.map(({ id, reason, details, status, createdAt }) => ({
          id,
          reason,
          details,
          status,
          createdAt,
        })),
      );
  }
}
