import { AccountRole } from '@village/shared';
import type { Policy, PolicyInput } from '../access/policy';
import { SessionEntity } from '../sessions/session.entity';
import { AttendanceEntity } from './attendance.entity';

/**
 * The organisers of the group whose session an operation is about (`sessionId`), and admins: who
 * may read and keep a date's register.
 */
export const SessionOrganiser: Policy = {
  name: 'SessionOrganiser(the session in `sessionId`)',
  async check({ access, loaders, args }: PolicyInput) {
    if (!access.viewer) return false;
    if (access.hasRole(AccountRole.ADMIN)) return true;
    const sessionId = args['sessionId'];
    if (typeof sessionId !== 'string') return false;
    const session = await loaders.byId(SessionEntity).load(sessionId);
    return session ? access.isOrganiserOf(session.groupId) : false;
  },
};

/** An attendance record (`id`): only the person it is about, nobody else (organisers, workers, admins). */
export const OwnAttendance: Policy = {
  name: 'OwnAttendance(the attendance in `id`)',
  async check({ access, loaders, args }: PolicyInput) {
    const id = args['id'];
    if (!access.viewer || typeof id !== 'string') return false;
    const attendance = await loaders.byId(AttendanceEntity).load(id);
    return attendance?.personId === access.viewer.personId;
  },
};
