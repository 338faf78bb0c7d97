import type { Policy, PolicyInput } from '../access/policy';
import { badInput } from '../graphql/domain-error';
import { TieEntity } from '../ties/tie.entity';

/** Tie ids are numbers (bigint identity), not UUIDs. */
const TIE_ID = /^[1-9][0-9]{0,17}$/;

/**
 * A person at one end of the tie in `id`. Anyone else, and an id that names no tie, are refused
 * alike, so the answer says nothing about whether the tie exists.
 */
export const TieEnd: Policy = {
  name: 'TieEnd(the tie in `id`)',
  async check({ access, loaders, args }: PolicyInput) {
    const id = args['id'];
    if (!access.viewer) return false;
    if (typeof id !== 'string' || !TIE_ID.test(id)) throw badInput('id must be a tie id', 'id');
    const tie = await loaders.byId(TieEntity).load(id);
    const me = access.viewer.personId;
    return tie !== null && (tie.fromPersonId === me || tie.toPersonId === me);
  },
};
