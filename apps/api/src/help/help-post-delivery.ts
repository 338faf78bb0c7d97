import {
  ContentModeration,
  effectivePostStatus,
  HelpCategory,
  HelpPostStatus,
} from '@village/shared';
import type { HelpPostEntity } from './help-post.entity';

/** What one subscriber to the board (new posts, or status changes) asked for. */
export interface BoardWatch {
  areaCells: ReadonlySet<string>;
  categories: ReadonlySet<HelpCategory> | null;
  /** The subscriber, or null when anonymous. */
  viewerPersonId: string | null;
  /**
   * People on the other side of a block with the subscriber (`blockedPeopleOf`): read when the
   * subscription starts and again each time the subscriber's access changes, so a block made or
   * lifted applies at once to streams already open.
   */
  blocked: ReadonlySet<string>;
}

/**
 * Whether a post is on the board this subscriber watches at all: in their cells, not held for review
 * or taken down by a moderator, and not by someone on the other side of a block with them.
 */
function onWatchedBoard(post: HelpPostEntity, watch: BoardWatch): boolean {
  if (!watch.areaCells.has(post.areaCell)) return false;
  if (post.moderation !== ContentModeration.VISIBLE) return false;
  return !(post.authorPersonId && watch.blocked.has(post.authorPersonId));
}

/**
 * Whether one new post goes to one subscriber: the single check every delivery of a new post passes,
 * live or replayed, in every process, against the post as it is now. Beyond `onWatchedBoard`: in the
 * categories asked for, and still open (one withdrawn, filled or expired since is not news any
 * more). Every rule about who may be told lives here, so that no path delivers around it.
 */
export function mayDeliverPost(
  post: HelpPostEntity | null,
  watch: BoardWatch,
  now = new Date(),
): post is HelpPostEntity {
  if (!post || !onWatchedBoard(post, watch)) return false;
  if (watch.categories && !watch.categories.has(post.category)) return false;
  return effectivePostStatus(post, now) === HelpPostStatus.OPEN;
}

/** Whether a post's change of status goes to one subscriber: any post on the board they watch. */
export function mayAnnounceStatus(
  post: HelpPostEntity | null,
  watch: BoardWatch,
): post is HelpPostEntity {
  return post !== null && onWatchedBoard(post, watch);
}
