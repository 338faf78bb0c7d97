import { Admin, OrganiserOfAnyGroup } from '../access/policies';
import type { Policy, PolicyInput } from '../access/policy';
import { ContentReportEntity } from './content-report.entity';
import { ModerationItemEntity } from '../screening/moderation-item.entity';

/** Who moderates an item: organisers of its group (for a group's post or its exchanges), and admins. */
async function moderates(input: PolicyInput, groupId: string | null): Promise<boolean> {
  if (!input.access.viewer) return false;
  if (await Admin.check(input)) return true;
  return groupId !== null && input.access.isOrganiserOf(groupId);
}

/**
 * The queue: with `groupId`, that group's organisers or admins; without, admins (everything) or
 * organisers of any group (the service narrows it to their groups).
 */
export const ModerationQueue: Policy = {
  name: 'ModerationQueue(groupId: OrganiserOf or Admin; none: Admin or organiser of any group)',
  async check(input) {
    const groupId = input.args['groupId'] as string | null | undefined;
    if (groupId) return moderates(input, groupId);
    return OrganiserOfAnyGroup.check(input);
  },
};

/** A decision on the queue item in `id`: its group's organisers, or admins. */
export const ModeratorOfItem: Policy = {
  name: 'ModeratorOf(the moderation item in `id`)',
  async check(input) {
    const item = await input.loaders.byId(ModerationItemEntity).load(input.args['id'] as string);
    return item !== null && moderates(input, item.groupId);
  },
};

/** Dismissing the report in `id`: the moderators of its item. */
export const ModeratorOfReport: Policy = {
  name: 'ModeratorOf(the item of the report in `id`)',
  async check(input) {
    const report = await input.loaders.byId(ContentReportEntity).load(input.args['id'] as string);
    const item =
      report && (await input.loaders.byId(ModerationItemEntity).load(report.moderationItemId));
    return item !== null && item !== undefined && moderates(input, item.groupId);
  },
};
