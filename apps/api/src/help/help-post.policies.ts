import type { Policy } from '../access/policy';
import type { RequestAccess } from '../access/request-access';
import { HelpPostEntity } from './help-post.entity';

/**
 * The viewer is on the post's own side: its author, or an organiser of its group (a post has one
 * or the other, never both).
 */
export async function onPostSide(
  access: RequestAccess,
  post: Pick<HelpPostEntity, 'authorPersonId' | 'authorGroupId'>,
): Promise<boolean> {
  const me = access.viewer?.personId;
  if (!me) return false;
  if (post.authorPersonId === me) return true;
  return post.authorGroupId !== null && access.isOrganiserOf(post.authorGroupId);
}

/** Who may write a help post: its author, or for a group's post, the group's organisers. */
export const HelpPostAuthorOf: { newPost: Policy; existingPost: Policy } = {
  newPost: {
    name: 'HelpPostAuthor(new: me, or a group I organise)',
    async check({ access, args }) {
      if (!access.viewer) return false;
      const groupId = (args['input'] as { authorGroupId?: string | null }).authorGroupId;
      return groupId ? access.isOrganiserOf(groupId) : true;
    },
  },
  existingPost: {
    name: 'HelpPostAuthor(existing: its author, or organisers of its group)',
    async check({ access, args, loaders }) {
      if (!access.viewer) return false;
      const post = await loaders.byId(HelpPostEntity).load(args['id'] as string);
      return post !== null && onPostSide(access, post);
    },
  },
};
