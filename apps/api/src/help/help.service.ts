import { Inject, Injectable } from '@nestjs/common';
import {
  ContentModeration,
  ExchangeStatus,
  HelpPostStatus,
  postStatusFor,
  screenRiskyContent,
  slotNumbers,
} from '@village/shared';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { changesFrom } from '../graphql/changes';
import { GroupEntity } from '../groups/group.entity';
import { badInput } from '../graphql/domain-error';
import { Page, PageArgs, paginate } from '../graphql/pagination';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { EventToLog, transactAndPublish } from '../realtime/event-log';
import { CreateHelpPostInput, UpdateHelpPostInput } from './dto/help-post.input';
import { HelpPostsArgs } from './dto/help-posts.args';
import { MyHelpPostsArgs } from './dto/my-help-posts.args';
import { HelpPostEntity } from './help-post.entity';
import { onPostSide } from './help-post.policies';
import {
  cancelExchanges,
  lockPost,
  movePost,
  requireLive,
  unitsOf,
  withdrawLocked,
} from './help-post-moves';
import { findOrNotFound, requireExists } from '../database/find';
import { notFound } from '../graphql/domain-error';
import type { RequestAccess } from '../access/request-access';
import { blockedBetween, notBlockedPostsSql } from '../blocks/blocks';
import { holdForReview, postReviewSubject } from '../screening/hold-for-review';
import { refuseContactDetails } from '../screening/screen-text';

/**
 * The events a change of status announces, to log in its transaction: the board in each moved post's
 * area hears of the post, and each exchange called off hears of itself.
 */
export function statusEvents(
  posts: readonly Pick<HelpPostEntity, 'id' | 'areaCell'>[],
  exchangeIds: readonly string[] = [],
): EventToLog[] {
  return [
    ...posts.map((post) => ({ topic: topics.helpStatus(post.areaCell), subjectId: post.id })),
    ...exchangeIds.map((id) => ({ topic: topics.exchangeChanged(id), subjectId: id })),
  ];
}

/** Screening looks at what other people read of a post: its title and description. */
const POST_TEXT = ['title', 'description', 'availability'] as const;

/**
 * A post's words, screened as messages are: contact details are refused (a post is public), and
 * risky content is returned for the caller to hold.
 */
function screenPost(post: Pick<HelpPostEntity, (typeof POST_TEXT)[number]>) {
  for (const field of POST_TEXT)
    refuseContactDetails(
      post[field],
      field,
      'To keep everyone safe, posts cannot include phone numbers or email addresses: people who respond can agree the details with you in a private conversation.',
    );
  return screenRiskyContent(POST_TEXT.map((field) => post[field]).join('\n'));
}

function checkExpiry(expiresAt: Date | undefined | null, now = new Date()): void {
  if (expiresAt && expiresAt <= now)
    throw badInput('The expiry must be in the future.', 'expiresAt');
}

/** Posts with this status as people see it: an open post past its expiry has left the board. */
function whereStatus(query: SelectQueryBuilder<HelpPostEntity>, status: HelpPostStatus): void {
  if (status === HelpPostStatus.OPEN)
    query.where(`h.status = 'OPEN' AND (h.expires_at IS NULL OR h.expires_at > now())`);
  else if (status === HelpPostStatus.EXPIRED)
    query.where(`(h.status = 'EXPIRED' OR (h.status = 'OPEN' AND h.expires_at <= now()))`);
  else query.where('h.status = :status', { status });
}

function newestFirst(
  query: SelectQueryBuilder<HelpPostEntity>,
  { first, after }: PageArgs,
): Promise<Page<HelpPostEntity>> {
  return paginate(query, {
    sortBy: 'h.created_at',
    sortValue: (h) => h.createdAt.toISOString(),
    direction: 'DESC',
    first,
    after,
  });
}

@Injectable()
export class HelpService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  /**
   * The board: posts held for review or removed are on it for nobody, and posts by someone on the
   * other side of a block with the viewer are left out.
   */
  list(args: HelpPostsArgs, viewerPersonId: string | null = null): Promise<Page<HelpPostEntity>> {
    const query = this.dataSource.getRepository(HelpPostEntity).createQueryBuilder('h');
    whereStatus(query, args.status);
    query.andWhere(`h.moderation = :visible`, { visible: ContentModeration.VISIBLE });
    if (viewerPersonId)
      query.andWhere(notBlockedPostsSql('h', 'viewer'), { viewer: viewerPersonId });
    if (args.kind) query.andWhere('h.kind = :kind', { kind: args.kind });
    if (args.category) query.andWhere('h.category = :category', { category: args.category });
    if (args.areaCell) query.andWhere('h.area_cell = :cell', { cell: args.areaCell });
    return newestFirst(query, args);
  }

  /** My own posts and those of groups I organise, newest first, in any state unless one is asked. */
  async listMine(access: RequestAccess, args: MyHelpPostsArgs): Promise<Page<HelpPostEntity>> {
    const query = this.dataSource.getRepository(HelpPostEntity).createQueryBuilder('h');
    if (args.status) whereStatus(query, args.status);
    query.andWhere('(h.author_person_id = :me OR h.author_group_id = ANY(:groups))', {
      me: access.viewer!.personId,
      groups: [...(await access.organiserGroupIds())],
    });
    return newestFirst(query, args);
  }

  async get(id: string): Promise<HelpPostEntity> {
    return findOrNotFound(this.dataSource.manager, HelpPostEntity, { id }, 'help post');
  }

  /**
   * One post as the viewer may see it: a held or removed post only for its own side (author, or
   * organisers of its group), and never one by someone on the other side of a block with the viewer.
   */
  async getVisible(id: string, access: RequestAccess): Promise<HelpPostEntity> {
    const post = await this.get(id);
    if (await onPostSide(access, post)) return post;
    const me = access.viewer?.personId ?? null;
    if (post.moderation !== ContentModeration.VISIBLE) throw notFound('help post');
    if (await blockedBetween(this.dataSource.manager, me, post.authorPersonId))
      throw notFound('help post');
    return post;
  }

  /**
   * A post by the viewer, or by a group they organise when `authorGroupId` is given. Screening
   * holds a risky one for review: it is saved, shown to its author as HELD, and reaches the board
   * only when a moderator releases it.
   */
  async create(input: CreateHelpPostInput, viewerPersonId: string): Promise<HelpPostEntity> {
    checkExpiry(input.expiresAt);
    if (input.authorGroupId)
      await requireExists(this.dataSource.manager, GroupEntity, input.authorGroupId, 'group');
    const fields = {
      ...input,
      title: input.title.trim(),
      description: input.description ?? '',
    };
    const risks = screenPost(fields);
    // The post and, once visible, its event in the log commit together, so a subscriber that
    // reconnects finds every post it was not told about live.
    return transactAndPublish(this.dataSource, this.pubSub, async (manager) => {
      const post = await manager.getRepository(HelpPostEntity).save({
        ...fields,
        availabilitySlots: slotNumbers(input.availabilitySlots),
        languages: [...new Set(input.languages)],
        authorPersonId: input.authorGroupId ? null : viewerPersonId,
        authorGroupId: input.authorGroupId ?? null,
        quantity: input.quantity ?? null,
        expiresAt: input.expiresAt ?? null,
        moderation: risks.length > 0 ? ContentModeration.HELD : ContentModeration.VISIBLE,
      });
      if (risks.length > 0) {
        await holdForReview(manager, postReviewSubject(post), risks);
        return { value: post, events: [] };
      }
      const posted = { topic: topics.helpPosted(post.areaCell), subjectId: post.id };
      return { value: post, events: [posted] };
    });
  }

  /**
   * Changes a live post. The quantity may not go below what is already promised; reaching it
   * settles the post (matched, or fulfilled when all of it has been handed over).
   */
  async update(id: string, input: UpdateHelpPostInput): Promise<HelpPostEntity> {
    checkExpiry(input.expiresAt);
    const { availabilitySlots, languages, ...rest } = changesFrom(input);
    return transactAndPublish(this.dataSource, this.pubSub, async (manager) => {
      const post = await lockPost(manager, id, new Date());
      requireLive(post);
      const was = post.status;
      Object.assign(post, rest);
      if (rest.title) post.title = rest.title.trim();
      if (availabilitySlots) post.availabilitySlots = slotNumbers(availabilitySlots);
      if (languages) post.languages = [...new Set(languages)];
      const risks = rest.title || rest.description || rest.availability ? screenPost(post) : [];
      if (risks.length > 0 && post.moderation !== ContentModeration.REMOVED) {
        post.moderation = ContentModeration.HELD;
        await holdForReview(manager, postReviewSubject(post), risks);
      }
      if (input.quantity != null) {
        const units = await unitsOf(manager, id);
        if (input.quantity < units.agreed + units.fulfilled)
          throw badInput(
            `${units.agreed + units.fulfilled} of this post are already promised, so the quantity cannot be less.`,
            'quantity',
          );
        const to = postStatusFor({ quantity: input.quantity, ...units });
        if (to !== post.status) movePost(post, to);
      }
      const saved = await manager.save(post);
      return { value: saved, events: statusEvents(post.status !== was ? [post] : []) };
    });
  }

  /**
   * Takes a post down (its author, or an organiser of its group). Exchanges still being talked over
   * or promised are called off with it; fulfilled ones stand.
   */
  async withdraw(id: string): Promise<HelpPostEntity> {
    return transactAndPublish(this.dataSource, this.pubSub, async (manager) => {
      const post = await lockPost(manager, id, new Date());
      const cancelled = await withdrawLocked(manager, post);
      return { value: post, events: statusEvents([post], cancelled) };
    });
  }

  /**
   * Marks open posts whose expiry has passed as EXPIRED (OPEN → EXPIRED in the lifecycle table) and
   * calls off the conversations on them that had not reached agreement; promises already made stand.
   * Safe to run in several processes at once: each row is updated once.
   */
  async expireDue(now = new Date()): Promise<number> {
    return transactAndPublish(this.dataSource, this.pubSub, async (manager) => {
      const [posts] = await manager.query<[HelpPostEntity[], number]>(
        `UPDATE help_post SET status = $2, updated_at = now()
          WHERE status = $1 AND expires_at <= $3
          RETURNING id, area_cell AS "areaCell"`,
        [HelpPostStatus.OPEN, HelpPostStatus.EXPIRED, now],
      );
      const ids = posts.map((post) => post.id);
      const cancelled = await cancelExchanges(manager, ids, [ExchangeStatus.OPEN]);
      return { value: posts.length, events: statusEvents(posts, cancelled) };
    });
  }
}
