import {
  ContentModeration,
  effectivePostStatus,
  HelpCategory,
  HelpPostStatus,
} from '@village/shared';
import type { HelpPostEntity } from './help-post.entity';

/** What one subscriber to new posts asked for. */
export interface BoardWatch {
  areaCells: ReadonlySet<string>;
  categories: ReadonlySet<HelpCategory> | null;
  /**
   * People on the other side of a block with the subscriber (`blockedPeopleOf`), read when the
   * subscription starts: a block made later applies from the next subscription.
   */
  blocked: ReadonlySet<string>;
}

/**
 * Whether one post goes to one subscriber: the single check every delivery of a new post passes,
 * live or replayed, in every process, against the post as it is now. A post that has been withdrawn,
 * filled or has expired since it was announced is not news any more; one taken down by a moderator
 * is on no board; and a post by someone on the other side of a block with the subscriber never
 * arrives. Every rule about who may be told lives here, so that no path delivers around it.
 */
export function mayDeliverPost(
  post: HelpPostEntity | null,
  watch: BoardWatch,
  now = new Date(),
): post is HelpPostEntity {
  if (!post) return false;
  if (!watch.areaCells.has(post.areaCell)) return false;
  if (watch.categories && !watch.categories.has(post.category)) return false;
  if (post.moderation !== ContentModeration.VISIBLE) return false;
  if (post.authorPersonId && watch.blocked.has(post.authorPersonId)) return false;
  return effectivePostStatus(post, now) === HelpPostStatus.OPEN;
}
