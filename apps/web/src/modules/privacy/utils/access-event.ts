import type { TFunction } from 'i18next';
import { isolate } from '../../locale/utils/format';

/** The private things an audit event can name (`read:<Type.field>`), as words in the log. */
const READ_SUBJECTS = {
  'Person.areaCell': 'privacy.log.subjects.area',
  'Person.languages': 'privacy.log.subjects.languages',
  'Person.lifeStage': 'privacy.log.subjects.lifeStage',
  'Person.canOffer': 'privacy.log.subjects.canOffer',
  'Person.wouldLike': 'privacy.log.subjects.wouldLike',
  'Person.memberships': 'privacy.log.subjects.memberships',
  'Query.ties': 'privacy.log.subjects.ties',
  'Query.person': 'privacy.log.subjects.profile',
  'SessionRegister.people': 'checkIn.log.register',
} as const;

const ROLES = {
  ADMIN: 'privacy.log.roles.ADMIN',
  SAFEGUARDING_LEAD: 'privacy.log.roles.SAFEGUARDING_LEAD',
} as const;

const has = <T extends object>(map: T, key: string): key is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(map, key);

/**
 * What someone did, in a sentence's predicate: "looked at your languages", "gave you a role: admin".
 * Actions come from the API's audit log (`read:Person.lifeStage`, `role:granted:ADMIN`,
 * `vetting:recorded`); one this version does not know is still listed, in general words.
 */
export function describeAction(action: string, t: TFunction): string {
  const [verb, detail = '', extra = ''] = action.split(':');
  if (verb === 'read')
    return t('privacy.log.read', {
      what: has(READ_SUBJECTS, detail)
        ? t(READ_SUBJECTS[detail])
        : t('privacy.log.subjects.details'),
    });
  if (verb === 'role' && (detail === 'granted' || detail === 'revoked')) {
    const role = has(ROLES, extra) ? t(ROLES[extra]) : extra;
    return detail === 'granted'
      ? t('privacy.log.roleGranted', { role })
      : t('privacy.log.roleRevoked', { role });
  }
  if (verb === 'vetting' && detail === 'recorded') return t('privacy.log.vettingRecorded');
  if (verb === 'vetting' && detail === 'revoked') return t('privacy.log.vettingRevoked');
  return t('privacy.log.changed');
}

/** On what grounds: "as an organiser of Bumps and Babies", "as a worker for Family Hub North". */
export function describeBasis(basis: string, group: string | null, t: TFunction): string | null {
  switch (basis) {
    case 'ORGANISER':
      return group
        ? t('privacy.log.basis.organiserOf', { group: isolate(group) })
        : t('privacy.log.basis.organiser');
    case 'WORKER':
      return group
        ? t('privacy.log.basis.workerFor', { group: isolate(group) })
        : t('privacy.log.basis.worker');
    case 'SAFEGUARDING_LEAD':
      return t('privacy.log.basis.safeguardingLead');
    case 'ADMIN':
      return t('privacy.log.basis.admin');
    default:
      return null;
  }
}
