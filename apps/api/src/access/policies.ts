import { AccountRole } from '@village/shared';
import { badInput } from '../graphql/domain-error';
import { Policy, PolicyInput } from './policy';

const signedIn = ({ access }: PolicyInput) => access.viewer !== null;

export const Anyone: Policy = { name: 'Anyone', allowsEveryone: true, check: () => true };

export const SignedIn: Policy = { name: 'SignedIn', check: signedIn };

export const Admin: Policy = {
  name: 'Admin',
  check: ({ access }) => access.hasRole(AccountRole.ADMIN),
};

export const AdminOrSafeguardingLead: Policy = {
  name: 'AdminOrSafeguardingLead',
  check: ({ access }) =>
    access.hasRole(AccountRole.ADMIN) || access.hasRole(AccountRole.SAFEGUARDING_LEAD),
};

/** Organisers of at least one group (they publish the spaces their sessions use), and admins. */
export const OrganiserOfAnyGroup: Policy = {
  name: 'OrganiserOfAnyGroup',
  check: async ({ access }) =>
    access.hasRole(AccountRole.ADMIN) || (await access.organiserGroupIds()).size > 0,
};

/** Organisers of the group an operation is about; `groupOf` finds it from the arguments. */
export function OrganiserOf(
  what: string,
  groupOf: (input: PolicyInput) => string | null | undefined | Promise<string | null | undefined>,
): Policy {
  return {
    name: `OrganiserOf(${what})`,
    async check(input) {
      if (!signedIn(input)) return false;
      const groupId = await groupOf(input);
      return groupId ? input.access.isOrganiserOf(groupId) : false;
    },
  };
}

/** The object is the viewer's own account record (`Me` and what hangs off it). */
export const OwnAccount: Policy = {
  name: 'OwnAccount',
  check: ({ access, parent }) =>
    access.viewer !== null &&
    (parent as { accountId?: string }).accountId === access.viewer.accountId,
};

/**
 * The Person object is the viewer herself: fields only she reads (how often she gave and received
 * help, the days that suit her). Not those she let see her profile, not the safeguarding lead.
 */
export const OwnProfile: Policy = {
  name: 'OwnProfile',
  check: ({ access, parent }) =>
    access.viewer !== null && (parent as { id?: string }).id === access.viewer.personId,
};

/**
 * A person's private profile: the person themself; organisers of a group they joined, if they chose
 * that; vetted workers of an organisation they asked for support from; the safeguarding lead, when
 * asking for the person with a stated reason (a `purpose` argument). Every read by someone else is
 * audited, with that reason.
 */
export function profileOf(
  what: string,
  personOf: (input: PolicyInput) => string | undefined,
  { takesPurpose = false } = {},
): Policy {
  return {
    name: `PersonProfile(${what})`,
    async check(input) {
      const personId = personOf(input);
      if (!personId) return false;
      const purpose = (input.args['purpose'] as string | null | undefined)?.trim();
      if (purpose) input.access.statedPurpose = purpose;
      const basis = await input.access.profileBasis(personId);
      if (!basis) {
        if (takesPurpose && input.access.hasRole(AccountRole.SAFEGUARDING_LEAD) && !purpose)
          throw badInput('Say why you are looking at this person’s details.', 'purpose');
        return false;
      }
      await input.access.recordRead(personId, input.field, basis);
      return true;
    },
  };
}

/** A field of a Person object: allowed when the viewer may see that person's profile. */
export const PersonProfile = profileOf('parent', ({ parent }) => (parent as { id?: string }).id);

/**
 * For fields of an object that is only ever handed out by a guarded field (my sessions, a consent
 * record): whoever may reach the object may read it. The schema-walk test checks that every field
 * returning such a type has a real policy of its own.
 */
export const ThroughParent: Policy = {
  name: 'ThroughParent',
  allowsEveryone: true,
  check: () => true,
};
