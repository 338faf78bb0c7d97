import type { Policy, PolicyInput } from '../access/policy';
import { PartnershipEntity } from './partnership.entity';

type Pair = Pick<PartnershipEntity, 'fromGroupId' | 'toGroupId'>;

const partnershipInArgs = async ({ args, loaders }: PolicyInput): Promise<Pair | null> =>
  loaders.byId(PartnershipEntity).load(args['id'] as string);

/** Organisers of either group of a partnership (`pairOf` finds it). */
export function OrganiserOfEitherPartner(
  what: string,
  pairOf: (input: PolicyInput) => Pair | null | Promise<Pair | null>,
): Policy {
  return {
    name: `PartnerOrganiser(${what})`,
    async check(input) {
      if (!input.access.viewer) return false;
      const pair = await pairOf(input);
      if (!pair) return false;
      return (
        (await input.access.isOrganiserOf(pair.fromGroupId)) ||
        (await input.access.isOrganiserOf(pair.toGroupId))
      );
    },
  };
}

/** Organisers of the group a pending partnership was proposed to: they accept or decline it. */
export const OrganiserOfInvitedGroup: Policy = {
  name: 'OrganiserOfInvitedGroup(the partnership in `id`)',
  async check(input) {
    if (!input.access.viewer) return false;
    const pair = await partnershipInArgs(input);
    return pair ? input.access.isOrganiserOf(pair.toGroupId) : false;
  },
};

/** Organisers of either group: they end a partnership, or withdraw their group's proposal. */
export const OrganiserOfEitherPartnerInArgs = OrganiserOfEitherPartner(
  'the partnership in `id`',
  partnershipInArgs,
);
