import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import type { CreateGroupInput } from './gql/graphql';

/** Groups in the web's hands: creating, archiving, co-organisers by invitation, stepping down. */

const CREATE = graphql(`
  mutation GroupOrganisersCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      name
      viewerRole
      organisers {
        displayName
      }
    }
  }
`);
const ARCHIVE = graphql(`
  mutation GroupOrganisersArchiveGroup($id: ID!) {
    archiveGroup(id: $id) {
      id
      archivedAt
    }
  }
`);
const UNARCHIVE = graphql(`
  mutation GroupOrganisersUnarchiveGroup($id: ID!) {
    unarchiveGroup(id: $id) {
      id
      archivedAt
    }
  }
`);
const JOIN = graphql(`
  mutation GroupOrganisersJoinGroup($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      role
    }
  }
`);
const LEAVE = graphql(`
  mutation GroupOrganisersLeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);
const INVITE = graphql(`
  mutation GroupOrganisersInviteCoOrganiser($groupId: ID!) {
    inviteCoOrganiser(groupId: $groupId) {
      token
      invitation {
        id
        expiresAt
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation GroupOrganisersRevokeInvitation($id: ID!) {
    revokeCoOrganiserInvitation(id: $id)
  }
`);
const PREVIEW = graphql(`
  query GroupOrganisersPreviewInvitation($token: String!) {
    coOrganiserInvitation(token: $token) {
      group {
        name
      }
      alreadyOrganiser
    }
  }
`);
const ACCEPT = graphql(`
  mutation GroupOrganisersAcceptInvitation($token: String!) {
    acceptCoOrganiserInvitation(token: $token) {
      role
    }
  }
`);
const REMOVE = graphql(`
  mutation GroupOrganisersRemoveOrganiser($groupId: ID!, $personId: ID!) {
    removeOrganiser(groupId: $groupId, personId: $personId)
  }
`);
const GROUP = graphql(`
  query GroupOrganisersGroup($id: ID!) {
    group(id: $id) {
      name
      archivedAt
      viewerRole
      memberCount
    }
  }
`);
const ORGANISER_VIEW = graphql(`
  query GroupOrganisersOrganiserView($id: ID!) {
    group(id: $id) {
      organisers {
        displayName
      }
      openInvitations {
        id
      }
    }
  }
`);
const LISTED = graphql(`
  query GroupOrganisersListed($search: String!) {
    groups(search: $search) {
      edges {
        node {
          name
        }
      }
    }
    groupSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {
      edges {
        node {
          group {
            name
          }
        }
      }
    }
    sessionSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {
      edges {
        node {
          session {
            title
          }
        }
      }
    }
  }
`);

describe('groups in the web: organisers and members', () => {
  let api: TestApi;
  let organiser: Member;
  let other: Member;
  let parent: Member;

  beforeAll(async () => {
    api = await startTestApi();
    [organiser, other, parent] = await Promise.all([
      api.signUp('Organiser Oa.'),
      api.signUp('Other Ob.'),
      api.signUp('Parent Pc.'),
    ]);
  });
  afterAll(() => api.close());

  /** The audit rows about one group, oldest first. */
  const audit = (groupId: string) =>
    api.dataSource.query<{ action: string; actor: string; subject: string | null }[]>(
      `SELECT action, actor_person_id AS actor, subject_person_id AS subject
         FROM audit_event WHERE via_group_id = $1 AND action LIKE 'group:%' ORDER BY id`,
      [groupId],
    );
  const role = async (member: Member, id: string) =>
    (await member.gql(GROUP, { id })).data!.group.viewerRole;
  const organisersOf = async (id: string) =>
    (await organiser.gql(ORGANISER_VIEW, { id })).data?.group.organisers?.map((o) => o.displayName);
  const organiserCount = async (id: string) =>
    Number(
      (
        await api.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM membership WHERE group_id = $1 AND role = 'ORGANISER'`,
          [id],
        )
      )[0]!.n,
    );

  it('makes the creator its first organiser, and audits the creation', async () => {
    const made = await organiser.gql(CREATE, {
      input: { name: 'First Steps Circle', kind: 'PARENT_AND_BABY', languages: ['en', 'pl'] },
    });
    expect(made.errors).toBeUndefined();
    const group = made.data!.createGroup;
    expect(group).toMatchObject({
      viewerRole: 'ORGANISER',
      organisers: [{ displayName: 'Organiser Oa.' }],
    });
    expect(await role(other, group.id)).toBeNull();
    expect((await api.gql(GROUP, { id: group.id })).data!.group.viewerRole).toBeNull();
    expect(await audit(group.id)).toEqual([
      { action: `group:created:${group.id}`, actor: organiser.personId, subject: null },
    ]);
  });

  it.each<[string, Partial<CreateGroupInput>, string, RegExp]>([
    ['a one-letter name', { name: 'A' }, 'name', /name must be 2 to 120 characters/],
    ['no language', { languages: [] }, 'languages', /at least one language/],
    ['an unknown language', { languages: ['xx'] }, 'languages', /language codes such as en/],
    ['a website that is not a web address', { website: 'ftp://x.org' }, 'website', /https:\/\//],
    ['a long description', { description: 'a'.repeat(4001) }, 'description', /at most 4000/],
  ])('refuses a group with %s, naming the field', async (_, input, field, message) => {
    const refused = await organiser.gql(CREATE, {
      input: { name: 'Valid Name', kind: 'CIVIC', ...input },
    });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(refused.errors?.[0]?.message).toMatch(message);
  });

  it('archives a group: gone from listings and discovery, its page says so, and nobody can join', async () => {
    const group = await createGroup(organiser, { name: 'Quiet Corner Club' });
    const space = await createSpace(organiser, { name: 'Quiet Corner Hall' });
    await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title: 'Quiet Corner Rhymes',
    });
    const listed = async () => {
      const result = await api.gql(LISTED, { search: 'Quiet Corner' });
      expect(result.errors).toBeUndefined();
      const data = result.data!;
      return {
        groups: data.groups.edges.map((e) => e.node.name),
        near: data.groupSearch.edges
          .map((e) => e.node.group.name)
          .filter((n) => n.startsWith('Quiet')),
        sessions: data.sessionSearch.edges
          .map((e) => e.node.session.title)
          .filter((t) => t.startsWith('Quiet')),
      };
    };
    expect(await listed()).toEqual({
      groups: ['Quiet Corner Club'],
      near: ['Quiet Corner Club'],
      sessions: ['Quiet Corner Rhymes'],
    });

    const refused = await other.gql(ARCHIVE, { id: group.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(ARCHIVE, { id: group.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const archived = await organiser.gql(ARCHIVE, { id: group.id });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveGroup.archivedAt).toEqual(expect.any(String));
    expect(await listed()).toEqual({ groups: [], near: [], sessions: [] });
    const page = await api.gql(GROUP, { id: group.id });
    expect(page.data!.group).toMatchObject({
      name: 'Quiet Corner Club',
      archivedAt: expect.any(String),
    });

    const join = await parent.gql(JOIN, { groupId: group.id });
    expect(join.errors?.[0]).toMatchObject({
      message: 'This group is archived, so it is not taking new members or organisers.',
      extensions: { code: 'CONFLICT' },
    });
    const invite = await organiser.gql(INVITE, { groupId: group.id });
    expect(invite.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const back = await organiser.gql(UNARCHIVE, { id: group.id });
    expect(back.data!.unarchiveGroup.archivedAt).toBeNull();
    expect((await listed()).sessions).toEqual(['Quiet Corner Rhymes']);
    expect((await parent.gql(JOIN, { groupId: group.id })).data!.joinGroup.role).toBe('MEMBER');

    expect((await audit(group.id)).map((row) => row.action)).toEqual([
      `group:created:${group.id}`,
      `group:archived:${group.id}`,
      `group:unarchived:${group.id}`,
    ]);
  });

  it('makes whoever opens an invitation an organiser, once, and audits both steps', async () => {
    const group = await createGroup(organiser, { name: 'Invite Lane Parents' });
    expect((await other.gql(INVITE, { groupId: group.id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const made = await organiser.gql(INVITE, { groupId: group.id });
    expect(made.errors).toBeUndefined();
    const { token, invitation } = made.data!.inviteCoOrganiser;
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    // Only its hash is kept.
    const stored = await api.dataSource.query<{ token_hash: Buffer }[]>(
      `SELECT token_hash FROM co_organiser_invitation WHERE id = $1`,
      [invitation.id],
    );
    expect(stored[0]!.token_hash.toString('base64url')).not.toBe(token);

    // Other organisers see it open; the others cannot see it at all.
    expect((await organiser.gql(ORGANISER_VIEW, { id: group.id })).data!.group).toEqual({
      organisers: [{ displayName: 'Organiser Oa.' }],
      openInvitations: [{ id: invitation.id }],
    });
    const peek = await other.gql(ORGANISER_VIEW, { id: group.id });
    expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(peek.data).toEqual({ group: { organisers: null, openInvitations: null } });

    expect((await api.gql(PREVIEW, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await other.gql(PREVIEW, { token })).data).toEqual({
      coOrganiserInvitation: { group: { name: 'Invite Lane Parents' }, alreadyOrganiser: false },
    });
    expect((await other.gql(ACCEPT, { token })).data).toEqual({
      acceptCoOrganiserInvitation: { role: 'ORGANISER' },
    });
    expect(await role(other, group.id)).toBe('ORGANISER');
    expect((await organiser.gql(ORGANISER_VIEW, { id: group.id })).data!.group).toEqual({
      organisers: [{ displayName: 'Organiser Oa.' }, { displayName: 'Other Ob.' }],
      openInvitations: [],
    });

    const again = await parent.gql(ACCEPT, { token });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'token' },
    });
    expect(again.errors?.[0]?.message).toMatch(/expired, has already been used or was withdrawn/);
    expect(await role(parent, group.id)).toBeNull();

    expect(await audit(group.id)).toEqual([
      { action: `group:created:${group.id}`, actor: organiser.personId, subject: null },
      {
        action: `group:co-organiser-invited:${group.id}`,
        actor: organiser.personId,
        subject: null,
      },
      {
        action: `group:co-organiser-joined:${group.id}`,
        actor: other.personId,
        subject: other.personId,
      },
    ]);
  });

  it('turns a member into an organiser, keeps the link for someone else when its organiser opens it', async () => {
    const group = await createGroup(organiser, { name: 'Member Row Mums' });
    await parent.gql(JOIN, { groupId: group.id });
    const { token } = (await organiser.gql(INVITE, { groupId: group.id })).data!.inviteCoOrganiser;

    const own = await organiser.gql(ACCEPT, { token });
    expect(own.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      (await organiser.gql(PREVIEW, { token })).data!.coOrganiserInvitation.alreadyOrganiser,
    ).toBe(true);

    expect((await parent.gql(ACCEPT, { token })).data!.acceptCoOrganiserInvitation.role).toBe(
      'ORGANISER',
    );
    expect((await api.gql(GROUP, { id: group.id })).data!.group.memberCount).toBe(2);
  });

  it('refuses withdrawn and expired links, and lets only the group’s organisers withdraw one', async () => {
    const group = await createGroup(organiser, { name: 'Expiry Close Club' });
    const first = (await organiser.gql(INVITE, { groupId: group.id })).data!.inviteCoOrganiser;
    const second = (await organiser.gql(INVITE, { groupId: group.id })).data!.inviteCoOrganiser;

    const notTheirs = await other.gql(REVOKE, { id: first.invitation.id });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await organiser.gql(REVOKE, { id: first.invitation.id })).data).toEqual({
      revokeCoOrganiserInvitation: true,
    });
    expect(
      (await organiser.gql(REVOKE, { id: first.invitation.id })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect((await other.gql(ACCEPT, { token: first.token })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    await api.dataSource.query(
      `UPDATE co_organiser_invitation SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [second.invitation.id],
    );
    expect((await other.gql(PREVIEW, { token: second.token })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await other.gql(ACCEPT, { token: second.token })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const short = await other.gql(ACCEPT, { token: 'abc' });
    expect(short.errors?.[0]).toMatchObject({
      message: 'This invitation link is not complete: copy the whole link.',
      extensions: { code: 'BAD_USER_INPUT', field: 'token' },
    });
    expect(await role(other, group.id)).toBeNull();
    expect((await audit(group.id)).map((row) => row.action.split(':')[1])).toEqual([
      'created',
      'co-organiser-invited',
      'co-organiser-invited',
      'invitation-revoked',
    ]);
  });

  it('lets one of two people opening the same link at once use it', async () => {
    const group = await createGroup(organiser, { name: 'Race Row Readers' });
    const { token } = (await organiser.gql(INVITE, { groupId: group.id })).data!.inviteCoOrganiser;
    const results = await Promise.all([
      other.gql(ACCEPT, { token }),
      parent.gql(ACCEPT, { token }),
    ]);
    expect(results.filter((result) => result.data?.acceptCoOrganiserInvitation).length).toBe(1);
    expect(await organiserCount(group.id)).toBe(2);
  });

  it('removes a co-organiser or steps down, but never leaves a group without an organiser', async () => {
    const group = await createGroup(organiser, { name: 'Step Down Square' });
    const { token } = (await organiser.gql(INVITE, { groupId: group.id })).data!.inviteCoOrganiser;
    await other.gql(ACCEPT, { token });
    await parent.gql(JOIN, { groupId: group.id });

    const byMember = await parent.gql(REMOVE, { groupId: group.id, personId: other.personId });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notOrganiser = await organiser.gql(REMOVE, {
      groupId: group.id,
      personId: parent.personId,
    });
    expect(notOrganiser.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect(
      (await organiser.gql(REMOVE, { groupId: group.id, personId: other.personId })).data,
    ).toEqual({ removeOrganiser: true });
    expect(await role(other, group.id)).toBe('MEMBER');

    const last = await organiser.gql(REMOVE, { groupId: group.id, personId: organiser.personId });
    expect(last.errors?.[0]).toMatchObject({
      message: 'You are this group’s only organiser: invite a co-organiser before you step down.',
      extensions: { code: 'CONFLICT' },
    });
    const leave = await organiser.gql(LEAVE, { groupId: group.id });
    expect(leave.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await organisersOf(group.id)).toEqual(['Organiser Oa.']);

    const { token: next } = (await organiser.gql(INVITE, { groupId: group.id })).data!
      .inviteCoOrganiser;
    await parent.gql(ACCEPT, { token: next });
    expect(
      (await organiser.gql(REMOVE, { groupId: group.id, personId: organiser.personId })).data,
    ).toEqual({ removeOrganiser: true });
    expect(await role(organiser, group.id)).toBe('MEMBER');
    const rows = await audit(group.id);
    expect(rows.filter((row) => /organiser-(removed|stepped-down)/.test(row.action))).toEqual([
      {
        action: `group:organiser-removed:${group.id}`,
        actor: organiser.personId,
        subject: other.personId,
      },
      {
        action: `group:organiser-stepped-down:${group.id}`,
        actor: organiser.personId,
        subject: organiser.personId,
      },
    ]);
  });

  it('keeps one organiser when the last two step down or leave at the same moment', async () => {
    // Several groups at once, so the two requests of each really overlap.
    const pairs = await Promise.all(
      ['Ka', 'Kb', 'Kc', 'Kd', 'Ke', 'Kf'].map(async (tag, index) => {
        const [first, second] = await Promise.all([
          api.signUp(`First ${tag}.`),
          api.signUp(`Second ${tag}.`),
        ]);
        const group = await createGroup(first, { name: `Lock Lane ${tag}` });
        const { token } = (await first.gql(INVITE, { groupId: group.id })).data!.inviteCoOrganiser;
        await second.gql(ACCEPT, { token });
        return { group, first, second, leaves: index % 2 === 1 };
      }),
    );
    const outcomes = await Promise.all(
      pairs.map(async ({ group, first, second, leaves }) => {
        const results = await Promise.all([
          first.gql(REMOVE, { groupId: group.id, personId: first.personId }),
          leaves
            ? second.gql(LEAVE, { groupId: group.id })
            : second.gql(REMOVE, { groupId: group.id, personId: second.personId }),
        ]);
        return {
          refused: results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')
            .length,
          organisers: await organiserCount(group.id),
        };
      }),
    );
    expect(outcomes).toEqual(pairs.map(() => ({ refused: 1, organisers: 1 })));
  });
});
