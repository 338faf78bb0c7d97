import { isUUID } from 'class-validator';
import { OrganiserOf } from '../access/policies';
import { SessionEntity } from '../sessions/session.entity';

/** Organisers of the group that runs the session in the `sessionId` argument. */
export const OrganiserOfSessionGroup = OrganiserOf(
  'the session’s group',
  async ({ args, loaders }) => {
    const sessionId = args['sessionId'];
    if (typeof sessionId !== 'string' || !isUUID(sessionId)) return null;
    return (await loaders.byId(SessionEntity).load(sessionId))?.groupId;
  },
);
