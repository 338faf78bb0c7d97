import { Inject, Injectable } from '@nestjs/common';
import {
  AccountRole,
  ContentModeration,
  HelpPostStatus,
  ModerationState,
  ReportStatus,
} from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import type { RequestAccess } from '../access/request-access';
import { AuditLog } from '../audit/audit-log';
import { findOrNotFound } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { ExchangeEntity } from '../exchanges/exchange.entity';
import { ExchangeMessageEntity } from '../exchanges/exchange-message.entity';
import { viewerSide } from '../exchanges/exchange.policies';
import { badInput, conflict, notFound } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { HelpPostEntity } from '../help/help-post.entity';
import { isLive, lockPost, withdrawLocked } from '../help/help-post-moves';
import { onPostSide } from '../help/help-post.policies';
import { HelpService, statusEvents } from '../help/help.service';
import { EventToLog, transactAndPublish } from '../realtime/event-log';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { ContentReportEntity } from './content-report.entity';
import type {
  ModerationQueueArgs,
  ReportHelpPostArgs,
  ReportMessageArgs,
} from './dto/moderation.args';
import {
  messageReviewSubject,
  moderationItemFor,
  postReviewSubject,
  reopen,
  ReviewSubject,
} from '../screening/hold-for-review';
import { ModerationItemEntity } from '../screening/moderation-item.entity';

type Decision = 'released' | 'removed';

/**
 * Reports and the moderation queue. Reports name no reporter to anyone; organisers moderate their
 * group's posts and exchanges, admins everything; every decision is audited in its transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly audit: AuditLog,
    private readonly help: HelpService,
  ) {}

  /** A report of a post the reporter can see (not their own side's). */
  async reportHelpPost(access: RequestAccess, args: ReportHelpPostArgs): Promise<boolean> {
    const post = await this.help.getVisible(args.helpPostId, access);
    const me = access.viewer!.personId;
    if (await onPostSide(access, post))
      throw badInput('This is your own post (or your group’s).', 'helpPostId');
    await this.addReport(me, postReviewSubject(post), args);
    return true;
  }

  /** A report of a message the other side sent in one of the reporter's exchanges. */
  async reportMessage(access: RequestAccess, args: ReportMessageArgs): Promise<boolean> {
    const { message, post } = await this.messageInMyExchange(access, args.messageId);
    if (message.authorPersonId === access.viewer!.personId)
      throw badInput('This is your own message.', 'messageId');
    await this.addReport(access.viewer!.personId, messageReviewSubject(message, post), args);
    return true;
  }

  /**
   * A message the viewer can see in an exchange they are part of (the other side's held messages
   * do not count), with the exchange's post; NOT_FOUND otherwise, so nothing is given away.
   */
  async messageInMyExchange(access: RequestAccess, messageId: string) {
    const message = await findOrNotFound(
      this.dataSource.manager,
      ExchangeMessageEntity,
      { id: messageId },
      'message',
    );
    const exchange = await this.dataSource.manager.findOneByOrFail(ExchangeEntity, {
      id: message.exchangeId,
    });
    const post = await this.help.get(exchange.helpPostId);
    const mine = message.authorPersonId === access.viewer?.personId;
    if (
      !(await viewerSide(access, exchange, post)) ||
      (!mine && message.moderation !== ContentModeration.VISIBLE)
    )
      throw notFound('message');
    return { message, exchange, post };
  }

  private async addReport(
    reporterPersonId: string,
    subject: ReviewSubject,
    args: ReportHelpPostArgs | ReportMessageArgs,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await moderationItemFor(manager, subject);
      if (item.state === ModerationState.REMOVED)
        throw conflict('This has already been taken down.');
      const reports = manager.getRepository(ContentReportEntity);
      if (await reports.existsBy({ moderationItemId: item.id, reporterPersonId }))
        throw conflict(
          'You have already reported this. Thank you: the moderators will look at it.',
        );
      await reports.insert({
        moderationItemId: item.id,
        reporterPersonId,
        reason: args.reason,
        details: args.details.trim(),
      });
      if (item.state !== ModerationState.PENDING) {
        reopen(item);
        await manager.save(item);
      }
    });
  }

  /** Queue items, oldest first (the longest waiting at the top). */
  async queue(
    access: RequestAccess,
    args: ModerationQueueArgs,
  ): Promise<Page<ModerationItemEntity>> {
    const query = this.dataSource
      .getRepository(ModerationItemEntity)
      .createQueryBuilder('i')
      .where('i.state = :state', { state: args.state });
    if (args.groupId) query.andWhere('i.group_id = :group', { group: args.groupId });
    else if (!access.hasRole(AccountRole.ADMIN))
      query.andWhere('i.group_id = ANY(:groups)', {
        groups: [...(await access.organiserGroupIds())],
      });
    return paginate(query, {
      sortBy: 'i.created_at',
      sortValue: (i) => i.createdAt.toISOString(),
      first: args.first,
      after: args.after,
    });
  }

  /** It is fine: a held post goes on the board, a held message reaches the other side; reports close. */
  release(access: RequestAccess, itemId: string): Promise<ModerationItemEntity> {
    return this.decide(access, itemId, 'released');
  }

  /**
   * It goes: the post or message is shown to nobody but its author (as REMOVED); a live post is
   * withdrawn and its exchanges not yet fulfilled are called off; open reports are upheld.
   */
  remove(
    access: RequestAccess,
    itemId: string,
    note: string | null,
  ): Promise<ModerationItemEntity> {
    return this.decide(access, itemId, 'removed', note);
  }

  /** One report was not a problem. With no open report left and nothing held, the item leaves the queue. */
  async dismissReport(access: RequestAccess, reportId: string): Promise<ModerationItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const report = await findOrNotFound(manager, ContentReportEntity, { id: reportId }, 'report');
      const item = await manager
        .getRepository(ModerationItemEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id: report.moderationItemId })
        .getOneOrFail();
      if (report.status !== ReportStatus.OPEN)
        throw conflict('This report has already been decided.');
      await manager.update(
        ContentReportEntity,
        { id: reportId },
        { status: ReportStatus.DISMISSED },
      );
      const openLeft = await manager.existsBy(ContentReportEntity, {
        moderationItemId: item.id,
        status: ReportStatus.OPEN,
      });
      if (
        !openLeft &&
        item.state === ModerationState.PENDING &&
        !(await this.isHeld(manager, item))
      ) {
        item.state = ModerationState.DISMISSED;
        item.decidedAt = new Date();
        item.decidedByPersonId = access.viewer!.personId;
        await manager.save(item);
      }
      // Not recorded against the author: a dismissed report should not tell them they were reported.
      await this.audit.record(
        {
          ...this.auditBase(access, item),
          subjectPersonId: null,
          action: 'moderation:report-dismissed',
        },
        manager,
      );
      return item;
    });
  }

  private async decide(
    access: RequestAccess,
    itemId: string,
    decision: Decision,
    note: string | null = null,
  ): Promise<ModerationItemEntity> {
    const now = new Date();
    return transactAndPublish(this.dataSource, this.pubSub, async (manager) => {
      const found = await findOrNotFound(
        manager,
        ModerationItemEntity,
        { id: itemId },
        'queue item',
      );
      // The post first, as every change to a post and its exchanges locks it first.
      const postId = found.helpPostId;
      const post = postId ? await lockPost(manager, postId, now) : null;
      const item = await manager
        .getRepository(ModerationItemEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id: itemId })
        .getOneOrFail();
      if (item.state !== ModerationState.PENDING) throw conflict('This has already been decided.');
      const moderation =
        decision === 'released' ? ContentModeration.VISIBLE : ContentModeration.REMOVED;
      let cancelled: string[] = [];
      let postMoved = false;
      // Read once, before the decision changes it: was it held back by screening?
      const message = post
        ? null
        : await manager.findOneBy(ExchangeMessageEntity, { id: item.exchangeMessageId! });
      const wasHeld = (post ?? message)?.moderation === ContentModeration.HELD;
      if (post) {
        post.moderation = moderation;
        if (decision === 'removed' && isLive(post)) {
          cancelled = await withdrawLocked(manager, post);
          postMoved = true;
        }
        await manager.update(HelpPostEntity, { id: post.id }, { moderation, status: post.status });
      } else
        await manager.update(
          ExchangeMessageEntity,
          { id: item.exchangeMessageId! },
          { moderation },
        );
      await manager.update(
        ContentReportEntity,
        { moderationItemId: item.id, status: ReportStatus.OPEN },
        { status: decision === 'released' ? ReportStatus.DISMISSED : ReportStatus.UPHELD },
      );
      item.state = decision === 'released' ? ModerationState.RELEASED : ModerationState.REMOVED;
      item.decidedAt = now;
      item.decidedByPersonId = access.viewer!.personId;
      item.decisionNote = note;
      await manager.save(item);
      await this.audit.record(
        { ...this.auditBase(access, item), action: `moderation:${decision}` },
        manager,
      );
      // What was held and is released reaches people live, as if just posted or sent (and joins
      // the event log now, so a subscriber that reconnects catches up on it too).
      const released = decision === 'released' && wasHeld;
      const events: EventToLog[] = [];
      if (released && post?.status === HelpPostStatus.OPEN)
        events.push({ topic: topics.helpPosted(post.areaCell), subjectId: post.id });
      if (released && message)
        events.push({ topic: topics.exchangeMessage(message.exchangeId), subjectId: message.id });
      if (post && postMoved) events.push(...statusEvents([post], cancelled));
      return { value: item, events };
    });
  }

  private async isHeld(manager: EntityManager, item: ModerationItemEntity): Promise<boolean> {
    const row = item.helpPostId
      ? await manager.findOneBy(HelpPostEntity, { id: item.helpPostId })
      : await manager.findOneBy(ExchangeMessageEntity, { id: item.exchangeMessageId! });
    return row?.moderation === ContentModeration.HELD;
  }

  /** Who decided, on what basis, about whose post or message. */
  private auditBase(access: RequestAccess, item: ModerationItemEntity) {
    return {
      actorPersonId: access.viewer!.personId,
      subjectPersonId: item.authorPersonId,
      basis: access.hasRole(AccountRole.ADMIN) ? AccessBasisKind.ADMIN : AccessBasisKind.ORGANISER,
      viaGroupId: item.groupId,
      purpose: `${item.subjectKind} ${item.helpPostId ?? item.exchangeMessageId}`,
    };
  }
}
