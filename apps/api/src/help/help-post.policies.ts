import type { Policy } from '../access/policy';
import { HelpPostEntity } from './help-post.entity';

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
      if (!post) return false;
      if (post.authorGroupId) return access.isOrganiserOf(post.authorGroupId);
      return post.authorPersonId === access.viewer.personId;
    },
  },
};
