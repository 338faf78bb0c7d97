import { effectivePostStatus, HelpCategory, HelpPostStatus } from '@village/shared';
import type { HelpPostEntity } from './help-post.entity';

/** What one subscriber to new posts asked for. */
export interface BoardWatch {
  areaCells: ReadonlySet<string>;
  categories: ReadonlySet<HelpCategory> | null;
}

/**
 * Whether one post goes to one subscriber: the single check every delivery of a new post passes,
 * live or replayed, in every process, against the post as it is now. A post that has been withdrawn,
 * filled or has expired since it was announced is not news any more. Rules about the viewer (the
 * safety module's blocks) belong here too, so that no path delivers around them.
 */
export function mayDeliverPost(
  post: HelpPostEntity | null,
  watch: BoardWatch,
  now = new Date(),
): post is HelpPostEntity {
  if (!post) return false;
  if (!watch.areaCells.has(post.areaCell)) return false;
  if (watch.categories && !watch.categories.has(post.category)) return false;
  return effectivePostStatus(post, now) === HelpPostStatus.OPEN;
}
