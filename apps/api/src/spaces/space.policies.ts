import { AccountRole } from '@village/shared';
import type { Policy, PolicyInput } from '../access/policy';
import { forbidden } from '../graphql/domain-error';
import { SpaceChangeProposalEntity } from './space-change-proposal.entity';
import { SpaceStewardEntity } from './space-steward.entity';

/** The refusal a signed-in non-steward gets, saying who may change a space. */
export const notSteward = () =>
  forbidden(
    'Only this space’s stewards can change it or its stewards. Ask a steward to add you, or an admin if it has none.',
  );

/**
 * The stewards of the space an operation is about (`spaceOf` finds it from the arguments), and
 * admins. Anyone else signed in is told who may change a space rather than a bare refusal.
 */
export function SpaceSteward(
  what: string,
  spaceOf: (input: PolicyInput) => string | null | undefined | Promise<string | null | undefined>,
): Policy {
  return {
    name: `SpaceSteward(${what})`,
    async check(input) {
      const { access, loaders } = input;
      if (!access.viewer) return false;
      if (access.hasRole(AccountRole.ADMIN)) return true;
      const spaceId = await spaceOf(input);
      const stewards = spaceId
        ? await loaders.manyBy(SpaceStewardEntity, 'spaceId', { personId: 'ASC' }).load(spaceId)
        : [];
      if (stewards.some((steward) => steward.personId === access.viewer!.personId)) return true;
      throw notSteward();
    },
  };
}

/** The steward policy of a suggested change: the stewards of the space it would change. */
export const StewardOfProposalSpace = SpaceSteward(
  'the space of the suggested change in `id`',
  async ({ args, loaders }) =>
    (await loaders.byId(SpaceChangeProposalEntity).load(args['id'] as string))?.spaceId,
);

/** Fields of a Space only its stewards (and admins) read. */
export const StewardOfThisSpace = SpaceSteward(
  'parent',
  ({ parent }) => (parent as { id: string }).id,
);
