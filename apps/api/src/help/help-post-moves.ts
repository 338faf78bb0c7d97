import {
  effectivePostStatus,
  ExchangeStatus,
  HelpPostStatus,
  postMoveRefusal,
  postStatusFor,
} from '@village/shared';
import { EntityManager } from 'typeorm';
import { conflict } from '../graphql/domain-error';
import { findOrNotFound } from '../database/find';
import { HelpPostEntity } from './help-post.entity';

/**
 * The one way a help post's status changes: checked against the lifecycle table
 * (libs/shared help-lifecycle.ts) inside the caller's transaction, so an illegal move is a CONFLICT
 * with a plain reason and nothing is written.
 */
export function movePost(post: HelpPostEntity, to: HelpPostStatus): void {
  const refusal = postMoveRefusal(post.status, to);
  if (refusal) throw conflict(refusal);
  post.status = to;
}

/** A post read for changing, locked until the transaction ends; expiry applied as of `now`. */
export async function lockPost(
  manager: EntityManager,
  id: string,
  now: Date,
): Promise<HelpPostEntity> {
  const post = await manager
    .getRepository(HelpPostEntity)
    .createQueryBuilder('h')
    .setLock('pessimistic_write')
    .where('h.id = :id', { id })
    .getOne();
  if (!post) return findOrNotFound(manager, HelpPostEntity, { id }, 'help post');
  const status = effectivePostStatus(post, now);
  if (status !== post.status) movePost(post, status);
  return post;
}

/** The post is still on the board or promised: anything else is finished and cannot change. */
export function isLive(post: Pick<HelpPostEntity, 'status'>): boolean {
  return post.status === HelpPostStatus.OPEN || post.status === HelpPostStatus.MATCHED;
}

/** A post that is still on the board or promised: anything else is finished and cannot change. */
export function requireLive(post: HelpPostEntity): void {
  if (!isLive(post)) throw conflict(postMoveRefusal(post.status, HelpPostStatus.OPEN)!);
}

/**
 * Takes a locked post down (WITHDRAWN, a CONFLICT if its status cannot move there) and calls off its
 * exchanges still being talked over or promised; fulfilled ones stand. Returns the ids called off.
 */
export async function withdrawLocked(
  manager: EntityManager,
  post: HelpPostEntity,
): Promise<string[]> {
  movePost(post, HelpPostStatus.WITHDRAWN);
  await manager.update(HelpPostEntity, { id: post.id }, { status: post.status });
  return cancelExchanges(manager, [post.id], [ExchangeStatus.OPEN, ExchangeStatus.AGREED]);
}

/** How many of a post's units are promised (agreed exchanges) and handed over (fulfilled). */
export async function unitsOf(
  manager: EntityManager,
  postId: string,
): Promise<{ agreed: number; fulfilled: number }> {
  const [row] = await manager.query<{ agreed: number; fulfilled: number }[]>(
    `SELECT count(*) FILTER (WHERE status = $2)::int AS agreed,
            count(*) FILTER (WHERE status = $3)::int AS fulfilled
       FROM exchange WHERE help_post_id = $1`,
    [postId, ExchangeStatus.AGREED, ExchangeStatus.FULFILLED],
  );
  return row ?? { agreed: 0, fulfilled: 0 };
}

/** What settling a post did: whether its status moved, and the exchanges it called off with it. */
export interface Settled {
  moved: boolean;
  cancelled: string[];
}

/**
 * Brings a live post's status in line with its exchanges (matched when every unit is promised,
 * fulfilled when every unit is handed over, open again when a promise falls through, or expired if
 * that happens after its expiry, calling off the exchanges still being talked over). Finished posts
 * stay as they are.
 */
export async function settlePost(
  manager: EntityManager,
  post: HelpPostEntity,
  now: Date,
): Promise<Settled> {
  const unmoved = { moved: false, cancelled: [] };
  if (!isLive(post)) return unmoved;
  let to = postStatusFor({ quantity: post.quantity, ...(await unitsOf(manager, post.id)) });
  if (to === HelpPostStatus.OPEN && post.expiresAt && post.expiresAt <= now)
    to = HelpPostStatus.EXPIRED;
  if (to === post.status) return unmoved;
  movePost(post, to);
  await manager.update(HelpPostEntity, { id: post.id }, { status: to });
  const cancelled =
    to === HelpPostStatus.EXPIRED
      ? await cancelExchanges(manager, [post.id], [ExchangeStatus.OPEN])
      : [];
  return { moved: true, cancelled };
}

/** What settling several posts did: the posts whose status moved, and the exchanges called off. */
export interface SettledPosts {
  moved: HelpPostEntity[];
  cancelled: string[];
}

/** Settles each of these locked posts in turn (see `settlePost`). */
export async function settlePosts(
  manager: EntityManager,
  posts: readonly HelpPostEntity[],
  now: Date,
): Promise<SettledPosts> {
  const moved: HelpPostEntity[] = [];
  const cancelled: string[] = [];
  for (const post of posts) {
    const settled = await settlePost(manager, post, now);
    if (settled.moved) moved.push(post);
    cancelled.push(...settled.cancelled);
  }
  return { moved, cancelled };
}

/** Calls off the posts' exchanges that are in the given states (only one responder's, if given). */
export async function cancelExchanges(
  manager: EntityManager,
  postIds: readonly string[],
  states: readonly ExchangeStatus[],
  responderPersonId: string | null = null,
): Promise<string[]> {
  if (postIds.length === 0) return [];
  const [rows] = await manager.query<[{ id: string }[], number]>(
    `UPDATE exchange SET status = $3, cancelled_at = now(), updated_at = now()
      WHERE help_post_id = ANY($1::uuid[]) AND status = ANY($2::exchange_status[])
        AND ($4::uuid IS NULL OR responder_person_id = $4)
      RETURNING id`,
    [postIds, states, ExchangeStatus.CANCELLED, responderPersonId],
  );
  return rows.map((row) => row.id);
}
