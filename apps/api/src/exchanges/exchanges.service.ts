import { Inject, Injectable } from '@nestjs/common';
import {
  ContentModeration,
  ExchangeStatus,
  exchangeMoveRefusal,
  HelpPostStatus,
  MembershipRole,
  RiskMatch,
  screenRiskyContent,
} from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestAccess } from '../access/request-access';
import { recordExchangeTie } from '../ties/exchange-ties';
import { findOrNotFound } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { badInput, conflict, forbidden, notFound } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { GroupEntity } from '../groups/group.entity';
import { HelpPostEntity } from '../help/help-post.entity';
import { lockPost, Settled, settlePost } from '../help/help-post-moves';
import { onPostSide } from '../help/help-post.policies';
import { HelpService, statusEvents } from '../help/help.service';
import { PersonEntity } from '../people/person.entity';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { Announced, transactAndPublish } from '../realtime/event-log';
import { topics } from '../realtime/topics';
import type { ExchangesArgs, FeedbackArgs, GroupExchangesArgs } from './dto/exchange.args';
import { ExchangeEntity } from './exchange.entity';
import { ExchangeFeedbackEntity } from './exchange-feedback.entity';
import { ExchangeMessageEntity } from './exchange-message.entity';
import type { RelationalFeedbackSummaryModel } from './exchange.model';
import { viewerSide } from './exchange.policies';
import { ExchangeSide, givingSide, otherSide } from './exchange-sides';
import { ExchangeThanksEntity } from './exchange-thanks.entity';
import { screenText, screenThanks } from '../screening/screen-text';
import { blockedBetween } from '../blocks/blocks';
import { holdForReview, messageReviewSubject } from '../screening/hold-for-review';

/** The person on the other side of an exchange from the viewer (null for a group's side). */
function otherPerson(
  exchange: Pick<ExchangeEntity, 'responderPersonId'>,
  post: Pick<HelpPostEntity, 'authorPersonId'>,
  side: ExchangeSide,
): string | null {
  return side === ExchangeSide.POST ? exchange.responderPersonId : post.authorPersonId;
}

/** Who hears of a response: the post's author, or every organiser of its group. */
async function postSidePeople(manager: EntityManager, post: HelpPostEntity): Promise<string[]> {
  if (post.authorPersonId) return [post.authorPersonId];
  const rows = await manager.query<{ person_id: string }[]>(
    `SELECT person_id FROM membership WHERE group_id = $1 AND role = $2`,
    [post.authorGroupId, MembershipRole.ORGANISER],
  );
  return rows.map((row) => row.person_id);
}

/** Aggregates of fewer responses than this are never shown: one person's answers could show through. */
export const MIN_FEEDBACK_RESPONSES = 5;

/** Checks a move against the exchange lifecycle table: a CONFLICT with the reason when illegal. */
function requireMove(from: ExchangeStatus, to: ExchangeStatus): void {
  const refusal = exchangeMoveRefusal(from, to);
  if (refusal) throw conflict(refusal);
}

function move(exchange: ExchangeEntity, to: ExchangeStatus): void {
  requireMove(exchange.status, to);
  exchange.status = to;
}

/** What a change to an exchange needs: the exchange, its post (locked), and the viewer's side. */
interface Locked {
  manager: EntityManager;
  exchange: ExchangeEntity;
  post: HelpPostEntity;
  side: ExchangeSide;
  now: Date;
}

/**
 * Exchanges from the first response to thanks and feedback. Every change runs in one transaction
 * that locks the post first, checks the move against the lifecycle tables, and settles the post's
 * status from its exchanges; events are published after the commit.
 */
@Injectable()
export class ExchangesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly help: HelpService,
  ) {}

  async get(id: string): Promise<ExchangeEntity> {
    return findOrNotFound(this.dataSource.manager, ExchangeEntity, { id }, 'exchange');
  }

  /** Answers an open post: a new exchange with its first message. Not one's own (or one's group's) post. */
  async respond(
    access: RequestAccess,
    helpPostId: string,
    message: string,
  ): Promise<ExchangeEntity> {
    const body = screenText(message, 'message');
    const me = access.viewer!.personId;
    return transactAndPublish(this.dataSource, this.pubSub, async (manager) => {
      const post = await lockPost(manager, helpPostId, new Date());
      if (post.moderation !== ContentModeration.VISIBLE) throw notFound('help post');
      if (await blockedBetween(manager, me, post.authorPersonId))
        throw forbidden('You cannot respond to this post.');
      if (post.status === HelpPostStatus.MATCHED)
        throw conflict('Everything on this post has already been promised.');
      if (post.status !== HelpPostStatus.OPEN)
        throw conflict(`You can no longer respond: ${this.closedReason(post.status)}`);
      if (await onPostSide(access, post))
        throw badInput('This is your own post (or your group’s), so you cannot respond to it.');
      const live = await manager.getRepository(ExchangeEntity).existsBy([
        { helpPostId, responderPersonId: me, status: ExchangeStatus.OPEN },
        { helpPostId, responderPersonId: me, status: ExchangeStatus.AGREED },
      ]);
      if (live) throw conflict('You have already responded to this post.');
      const exchange = await manager
        .getRepository(ExchangeEntity)
        .save({ helpPostId, responderPersonId: me });
      await this.saveMessage(manager, post, {
        exchangeId: exchange.id,
        authorPersonId: me,
        fromPostSide: false,
        body,
      });
      const told = (await postSidePeople(manager, post)).map((personId) => ({
        topic: topics.helpResponse(personId),
        subjectId: exchange.id,
      }));
      return { value: exchange, events: told };
    });
  }

  async sendMessage(
    access: RequestAccess,
    exchangeId: string,
    text: string,
  ): Promise<ExchangeMessageEntity> {
    const body = screenText(text, 'body');
    return this.changeAndPublish(access, exchangeId, async ({ manager, exchange, post, side }) => {
      await this.requireNoBlock(manager, access, exchange, post, side);
      if (exchange.status === ExchangeStatus.CANCELLED)
        throw conflict(exchangeMoveRefusal(exchange.status, ExchangeStatus.OPEN)!);
      const message = await this.saveMessage(manager, post, {
        exchangeId,
        authorPersonId: access.viewer!.personId,
        fromPostSide: side === ExchangeSide.POST,
        body,
      });
      // A held message reaches the other side only when a moderator releases it.
      const sent = { topic: topics.exchangeMessage(exchangeId), subjectId: message.id };
      const visible = message.moderation === ContentModeration.VISIBLE;
      return { value: message, events: visible ? [sent] : [] };
    });
  }

  /**
   * Saves a message, screened: a risky one is HELD and queued for the group's organisers (for a
   * group's post) and admins, with the rules that matched.
   */
  private async saveMessage(
    manager: EntityManager,
    post: HelpPostEntity,
    message: Pick<ExchangeMessageEntity, 'exchangeId' | 'authorPersonId' | 'fromPostSide' | 'body'>,
  ): Promise<ExchangeMessageEntity> {
    const risks: RiskMatch[] = screenRiskyContent(message.body);
    const saved = await manager.getRepository(ExchangeMessageEntity).save({
      ...message,
      moderation: risks.length > 0 ? ContentModeration.HELD : ContentModeration.VISIBLE,
    });
    if (risks.length > 0) await holdForReview(manager, messageReviewSubject(saved, post), risks);
    return saved;
  }

  /** Refuses when the viewer and the person on the other side are on either side of a block. */
  private async requireNoBlock(
    manager: EntityManager,
    access: RequestAccess,
    exchange: ExchangeEntity,
    post: HelpPostEntity,
    side: ExchangeSide,
  ): Promise<void> {
    if (await blockedBetween(manager, access.viewer!.personId, otherPerson(exchange, post, side)))
      throw forbidden('You cannot message this person.');
  }

  /** One side says yes; when both have, the exchange is agreed and promises one of the post's units. */
  agree(access: RequestAccess, exchangeId: string): Promise<ExchangeEntity> {
    return this.changeStatus(access, exchangeId, async ({ manager, exchange, post, side, now }) => {
      requireMove(exchange.status, ExchangeStatus.AGREED);
      if (post.status === HelpPostStatus.MATCHED)
        throw conflict('Everything on this post has already been promised.');
      if (post.status !== HelpPostStatus.OPEN)
        throw conflict(`This can no longer be agreed: ${this.closedReason(post.status)}`);
      const mine = side === ExchangeSide.POST ? 'postSideAgreedAt' : 'responderAgreedAt';
      if (exchange[mine]) throw conflict('You have agreed already; the other side has not yet.');
      exchange[mine] = now;
      if (exchange.postSideAgreedAt && exchange.responderAgreedAt)
        move(exchange, ExchangeStatus.AGREED);
      await manager.save(exchange);
      return settlePost(manager, post, now);
    });
  }

  /** Either side says it happened: the tie between them and each side's giving or receiving count. */
  fulfil(access: RequestAccess, exchangeId: string): Promise<ExchangeEntity> {
    return this.changeStatus(access, exchangeId, async ({ manager, exchange, post, now }) => {
      move(exchange, ExchangeStatus.FULFILLED);
      exchange.fulfilledAt = now;
      await manager.save(exchange);
      await recordExchangeTie(
        manager,
        exchange.id,
        {
          responderPersonId: exchange.responderPersonId,
          postPersonId: post.authorPersonId,
          postGroupId: post.authorGroupId,
        },
        now,
      );
      const giver = givingSide(post.kind);
      await this.count(manager, exchange, post, giver, 'helpGiven');
      await this.count(manager, exchange, post, otherSide(giver), 'helpReceived');
      return settlePost(manager, post, now);
    });
  }

  /** Either side calls it off; a promise it held is released (the post may go back on the board). */
  cancel(access: RequestAccess, exchangeId: string): Promise<ExchangeEntity> {
    return this.changeStatus(access, exchangeId, async ({ manager, exchange, post, now }) => {
      move(exchange, ExchangeStatus.CANCELLED);
      exchange.cancelledAt = now;
      await manager.save(exchange);
      return settlePost(manager, post, now);
    });
  }

  /** A thank-you from the viewer's side, once, after the exchange is fulfilled. */
  async thank(
    access: RequestAccess,
    exchangeId: string,
    text: string,
  ): Promise<ExchangeThanksEntity> {
    const message = screenThanks(text);
    return this.changeAndPublish(access, exchangeId, async ({ manager, exchange, post, side }) => {
      await this.requireNoBlock(manager, access, exchange, post, side);
      this.requireFulfilled(exchange, 'Thanks can be said once the exchange is fulfilled.');
      const fromPostSide = side === ExchangeSide.POST;
      const repository = manager.getRepository(ExchangeThanksEntity);
      if (await repository.existsBy({ exchangeId, fromPostSide }))
        throw conflict('Your side has already said thank you for this exchange.');
      const thanks = await repository.save({
        exchangeId,
        fromPostSide,
        authorPersonId: access.viewer!.personId,
        message,
      });
      return { value: thanks, events: statusEvents([], [exchangeId]) };
    });
  }

  /** Private feedback from the viewer's side, once; kept without naming who gave it. */
  async giveFeedback(access: RequestAccess, args: FeedbackArgs): Promise<boolean> {
    await this.change(access, args.exchangeId, async ({ manager, exchange, side }) => {
      this.requireFulfilled(exchange, 'Feedback can be given once the exchange is fulfilled.');
      const fromPostSide = side === ExchangeSide.POST;
      const repository = manager.getRepository(ExchangeFeedbackEntity);
      if (await repository.existsBy({ exchangeId: exchange.id, fromPostSide }))
        throw conflict('Your side has already given feedback on this exchange.');
      await repository.insert({
        exchangeId: exchange.id,
        fromPostSide,
        feltWelcome: args.feltWelcome,
        feltListenedTo: args.feltListenedTo,
        wouldMeetAgain: args.wouldMeetAgain,
      });
    });
    return true;
  }

  /**
   * Shares of yes across feedback: for a group, from the people on the other side of its
   * exchanges; for the town, from everyone. Null below MIN_FEEDBACK_RESPONSES responses.
   *
   * Responses are counted in whole blocks of MIN_FEEDBACK_RESPONSES, oldest first: the summary moves
   * only when a further block is complete, so comparing it before and after one person answers
   * (or any two readings) shows the answers of at least a block of people, never of one.
   */
  async feedbackSummary(groupId: string | null): Promise<RelationalFeedbackSummaryModel | null> {
    const [row] = await this.dataSource.query<RelationalFeedbackSummaryModel[]>(
      `WITH answered AS (
         SELECT f.*, row_number() OVER (ORDER BY f.created_at, f.id) AS nth, count(*) OVER () AS total
           FROM exchange_feedback f
           JOIN exchange e ON e.id = f.exchange_id
           JOIN help_post h ON h.id = e.help_post_id
          WHERE $1::uuid IS NULL OR (h.author_group_id = $1 AND NOT f.from_post_side))
       SELECT count(*)::int AS responses,
              avg(felt_welcome::int)::float AS "feltWelcome",
              avg(felt_listened_to::int)::float AS "feltListenedTo",
              avg(would_meet_again::int)::float AS "wouldMeetAgain"
         FROM answered
        WHERE nth <= total - total % $2`,
      [groupId, MIN_FEEDBACK_RESPONSES],
    );
    if (!row || row.responses < MIN_FEEDBACK_RESPONSES) return null;
    const share = (value: number) => Math.round(value * 1000) / 1000;
    return {
      responses: row.responses,
      feltWelcome: share(row.feltWelcome),
      feltListenedTo: share(row.feltListenedTo),
      wouldMeetAgain: share(row.wouldMeetAgain),
    };
  }

  /** Exchanges I responded to or about posts I wrote, most recently changed first. */
  listMine(personId: string, args: ExchangesArgs): Promise<Page<ExchangeEntity>> {
    const query = this.listQuery(args).andWhere(
      '(e.responder_person_id = :me OR h.author_person_id = :me)',
      { me: personId },
    );
    return this.page(query, args);
  }

  /** The exchanges about a group's posts, for its organisers. */
  listForGroup(args: GroupExchangesArgs): Promise<Page<ExchangeEntity>> {
    const query = this.listQuery(args).andWhere('h.author_group_id = :group', {
      group: args.groupId,
    });
    return this.page(query, args);
  }

  /** The conversation as the viewer sees it: held or removed messages only if they wrote them. */
  messages(exchangeId: string, viewerPersonId: string, first: number, after?: string | null) {
    const query = this.dataSource
      .getRepository(ExchangeMessageEntity)
      .createQueryBuilder('m')
      .where('m.exchange_id = :exchangeId', { exchangeId })
      .andWhere('(m.moderation = :visible OR m.author_person_id = :me)', {
        visible: ContentModeration.VISIBLE,
        me: viewerPersonId,
      });
    return paginate(query, {
      sortBy: 'm.created_at',
      sortValue: (m) => m.createdAt.toISOString(),
      first,
      after,
    });
  }

  /**
   * One message as the viewer may see it, by the rule of `messages`: a held or removed one only by
   * its author; null when it is not theirs to see, or gone (its author's account was erased).
   */
  async visibleMessage(id: string, viewerPersonId: string): Promise<ExchangeMessageEntity | null> {
    const message = await this.dataSource.manager.findOneBy(ExchangeMessageEntity, { id });
    if (!message) return null;
    const visible = message.moderation === ContentModeration.VISIBLE;
    return visible || message.authorPersonId === viewerPersonId ? message : null;
  }

  /** The exchange read afresh if the viewer is one of its sides, or null. */
  async asSide(access: RequestAccess, exchangeId: string): Promise<ExchangeEntity | null> {
    const exchange = await this.get(exchangeId);
    const post = await this.help.get(exchange.helpPostId);
    return (await viewerSide(access, exchange, post)) ? exchange : null;
  }

  /** The viewer's side of an exchange read afresh, or FORBIDDEN: for each event of a subscription. */
  async requireSide(access: RequestAccess, exchangeId: string): Promise<ExchangeEntity> {
    const exchange = await this.asSide(access, exchangeId);
    if (!exchange) throw forbidden('You are no longer part of this exchange.');
    return exchange;
  }

  private listQuery(args: ExchangesArgs) {
    const query = this.dataSource
      .getRepository(ExchangeEntity)
      .createQueryBuilder('e')
      .innerJoin(HelpPostEntity, 'h', 'h.id = e.help_post_id')
      .where('true');
    if (args.status) query.andWhere('e.status = :status', { status: args.status });
    if (args.helpPostId) query.andWhere('e.help_post_id = :post', { post: args.helpPostId });
    return query;
  }

  private page(query: ReturnType<ExchangesService['listQuery']>, args: ExchangesArgs) {
    return paginate(query, {
      sortBy: 'e.updated_at',
      sortValue: (e) => e.updatedAt.toISOString(),
      direction: 'DESC',
      first: args.first,
      after: args.after,
    });
  }

  /**
   * In the caller's transaction, locks the exchange's post (posts first, always, so two changes to
   * one post never deadlock) and finds the viewer's side: FORBIDDEN when they are on neither.
   */
  private async lock(
    manager: EntityManager,
    access: RequestAccess,
    exchangeId: string,
  ): Promise<Locked> {
    const now = new Date();
    const { helpPostId } = await findOrNotFound(
      manager,
      ExchangeEntity,
      { id: exchangeId },
      'exchange',
    );
    const post = await lockPost(manager, helpPostId, now);
    const exchange = await manager.findOneByOrFail(ExchangeEntity, { id: exchangeId });
    const side = await viewerSide(access, exchange, post);
    if (!side) throw forbidden();
    return { manager, exchange, post, side, now };
  }

  /** Runs `work` in a transaction with the exchange locked (see `lock`). */
  private change<T>(
    access: RequestAccess,
    exchangeId: string,
    work: (locked: Locked) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) =>
      work(await this.lock(manager, access, exchangeId)),
    );
  }

  /** `change`, with the events `work` returns logged in its transaction and published after. */
  private changeAndPublish<T>(
    access: RequestAccess,
    exchangeId: string,
    work: (locked: Locked) => Promise<Announced<T>>,
  ): Promise<T> {
    return transactAndPublish(this.dataSource, this.pubSub, async (manager) =>
      work(await this.lock(manager, access, exchangeId)),
    );
  }

  /** A change of status; afterwards the two sides hear of it, and the board if the post moved. */
  private changeStatus(
    access: RequestAccess,
    exchangeId: string,
    work: (locked: Locked) => Promise<Settled>,
  ): Promise<ExchangeEntity> {
    return this.changeAndPublish(access, exchangeId, async (locked) => {
      const { moved, cancelled } = await work(locked);
      const changed = statusEvents(moved ? [locked.post] : [], [exchangeId, ...cancelled]);
      return { value: locked.exchange, events: changed };
    });
  }

  private requireFulfilled(exchange: ExchangeEntity, message: string): void {
    if (exchange.status !== ExchangeStatus.FULFILLED) throw conflict(message);
  }

  private closedReason(status: HelpPostStatus): string {
    switch (status) {
      case HelpPostStatus.FULFILLED:
        return 'this post has been fulfilled.';
      case HelpPostStatus.WITHDRAWN:
        return 'this post was withdrawn.';
      default:
        return 'this post has expired.';
    }
  }

  /** Adds one to a side's giving or receiving: the person's, or for a group's post the group's. */
  private async count(
    manager: EntityManager,
    exchange: ExchangeEntity,
    post: HelpPostEntity,
    side: ExchangeSide,
    column: 'helpGiven' | 'helpReceived',
  ): Promise<void> {
    if (side === ExchangeSide.RESPONDER)
      await manager.increment(PersonEntity, { id: exchange.responderPersonId }, column, 1);
    else if (post.authorPersonId)
      await manager.increment(PersonEntity, { id: post.authorPersonId }, column, 1);
    else await manager.increment(GroupEntity, { id: post.authorGroupId! }, column, 1);
  }
}
