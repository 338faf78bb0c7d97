import type { HelpPostFieldsFragment } from '../../../gql/graphql';

/** Who I am, as far as owning posts goes: me, and the groups I organise. */
export interface PostOwner {
  person: { id: string };
  organising: readonly { id: string }[];
}

/** Whether a post is mine: I wrote it, or it is from a group I organise. */
export function isMyPost(
  post: Pick<HelpPostFieldsFragment, 'authorPerson' | 'authorGroup'>,
  me: PostOwner,
): boolean {
  return (
    post.authorPerson?.id === me.person.id ||
    me.organising.some((group) => group.id === post.authorGroup?.id)
  );
}
