import { AccountRole } from '@village/shared';
import type { Policy } from '../access/policy';

/** The town's safeguarding lead(s), and nobody else: not admins, not moderators. */
export const SafeguardingLead: Policy = {
  name: 'SafeguardingLead',
  check: ({ access }) => access.hasRole(AccountRole.SAFEGUARDING_LEAD),
};
