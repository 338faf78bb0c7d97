import { createI18n } from '../../../i18n/i18n';
import { describeAction, describeBasis } from './access-event';

const { t } = createI18n('en');

describe('the data access log in words', () => {
  it('names what was looked at', () => {
    expect(describeAction('read:Person.lifeStage', t)).toBe("looked at your family's stage");
    expect(describeAction('read:Query.ties', t)).toBe('looked at your connections');
    expect(describeAction('read:Person.somethingNew', t)).toBe('looked at your details');
  });

  it('names roles, checks and anything else', () => {
    expect(describeAction('role:granted:SAFEGUARDING_LEAD', t)).toBe(
      'gave you a role: safeguarding lead',
    );
    expect(describeAction('vetting:revoked', t)).toBe('ended your background check');
    expect(describeAction('account:merged', t)).toBe('changed something about your account');
  });

  it('says on what grounds, with the group kept in one piece', () => {
    expect(describeBasis('ORGANISER', 'Bumps and Babies', t)).toBe(
      'As an organiser of \u2068Bumps and Babies\u2069',
    );
    expect(describeBasis('WORKER', null, t)).toBe('As a worker for an organisation supporting you');
    expect(describeBasis('SELF', null, t)).toBeNull();
  });
});
