import { createGroup } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const PROPOSE = graphql(`
  mutation PartnershipsPropose($from: ID!, $to: ID!, $note: String) {
    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {
      id
      status
      note
      fromGroup {
        name
      }
      toGroup {
        name
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation PartnershipsAccept($id: ID!) {
    acceptPartnership(id: $id) {
      id
      status
      respondedAt
    }
  }
`);
const DECLINE = graphql(`
  mutation PartnershipsDecline($id: ID!) {
    declinePartnership(id: $id) {
      id
      status
    }
  }
`);
const END = graphql(`
  mutation PartnershipsEnd($id: ID!) {
    endPartnership(id: $id) {
      id
      status
      endedAt
    }
  }
`);
const GROUP = graphql(`
  query PartnershipsGroup($id: ID!) {
    group(id: $id) {
      partnerships {
        id
        status
        note
        fromGroup {
          name
        }
        toGroup {
          name
        }
      }
      pendingPartnerships {
        id
        fromGroup {
          name
        }
      }
    }
  }
`);
const TIES = graphql(`
  query PartnershipsTies($groupId: ID!) {
    ties(groupId: $groupId, kind: GROUP_GROUP, first: 10) {
      edges {
        node {
          kind
          provenance
          from {
            ... on Group {
              name
            }
          }
          to {
            ... on Group {
              name
            }
          }
        }
      }
    }
  }
`);

describe('partnerships between groups', () => {
  let api: TestApi;
  let alice: Member;
  let bilal: Member;
  let member: Member;
  let admin: Member;
  let tag = 0;

  /** Two fresh groups: one organised by Alice, one by Bilal. */
  async function pair() {
    tag += 1;
    const t = tag.toString(36);
    const [a, b] = await Promise.all([
      createGroup(alice, { name: `Sunrise ${t}` }),
      createGroup(bilal, { name: `Harbour ${t}` }),
    ]);
    return { a, b };
  }

  async function auditOf(partnershipId: string) {
    const result = await admin.gql(
      graphql(`
        query PartnershipsAuditEvents {
          auditEvents(first: 50) {
            edges {
              node {
                action
                basis
                actor {
                  id
                }
                viaGroup {
                  id
                }
              }
            }
          }
        }
      `),
    );
    expect(result.errors).toBeUndefined();
    return result
      .data!['auditEvents'].edges.map((edge) => edge.node)
      .filter((event) => event['action'].endsWith(`:${partnershipId}`))
      .reverse()
      .map((event) => [
        event['action'].replace(`:${partnershipId}`, ''),
        event['basis'],
        event['actor']?.id,
        event['viaGroup']?.id,
      ]);
  }

  const tiesOf = async (groupId: string) =>
    (await api.gql(TIES, { groupId })).data!['ties'].edges.map((edge) => edge.node);

  beforeAll(async () => {
    api = await startTestApi();
    [alice, bilal, member, admin] = await Promise.all([
      api.signUp('Alice Pa.'),
      api.signUp('Bilal Pb.'),
      api.signUp('Member Pc.'),
      api.signUp('Admin Pd.'),
    ]);
    await api.grantRole(admin, 'ADMIN');
  });
  afterAll(() => api.close());

  it('forms a partnership: one group proposes, the other accepts; shown on both pages, tie written, audited', async () => {
    const { a, b } = await pair();
    const proposed = await alice.gql(PROPOSE, {
      from: a.id,
      to: b.id,
      note: 'Shared summer fair?',
    });
    expect(proposed.errors).toBeUndefined();
    const partnership = proposed.data!['proposePartnership'];
    expect(partnership).toMatchObject({ status: 'PENDING', note: 'Shared summer fair?' });

    // Pending: only the two groups' organisers see it, and the public sees no partners yet.
    expect((await bilal.gql(GROUP, { id: b.id })).data!['group']).toMatchObject({
      partnerships: [],
      pendingPartnerships: [{ id: partnership.id, fromGroup: { name: a.name } }],
    });
    const publicView = await api.gql(GROUP, { id: b.id });
    expect(publicView.data!['group']).toEqual({ partnerships: [], pendingPartnerships: null });
    expect(await tiesOf(a.id)).toEqual([]);

    const accepted = await bilal.gql(ACCEPT, { id: partnership.id });
    expect(accepted.data!['acceptPartnership']).toMatchObject({
      status: 'ACTIVE',
      respondedAt: expect.any(String),
    });
    for (const groupId of [a.id, b.id]) {
      const seen = await api.gql(GROUP, { id: groupId });
      expect(seen.data!['group'].partnerships).toEqual([
        {
          id: partnership.id,
          status: 'ACTIVE',
          note: null,
          fromGroup: { name: a.name },
          toGroup: { name: b.name },
        },
      ]);
    }
    // The note is for the two groups' organisers.
    const byOrganiser = await alice.gql(GROUP, { id: a.id });
    expect(byOrganiser.data!['group'].partnerships[0]!.note).toBe('Shared summer fair?');
    expect(await tiesOf(b.id)).toEqual([
      {
        kind: 'GROUP_GROUP',
        provenance: 'PARTNERSHIP',
        from: { name: a.name },
        to: { name: b.name },
      },
    ]);
    expect(await auditOf(partnership.id)).toEqual([
      ['partnership:proposed', 'ORGANISER', alice.personId, a.id],
      ['partnership:accepted', 'ORGANISER', bilal.personId, b.id],
    ]);
  });

  it('lets either group end it: the tie ends, both pages drop it, audited, and it cannot end twice', async () => {
    const { a, b } = await pair();
    const { id } = (await alice.gql(PROPOSE, { from: a.id, to: b.id })).data!['proposePartnership'];
    await bilal.gql(ACCEPT, { id });
    expect((await tiesOf(a.id)).map((tie) => tie.provenance)).toEqual(['PARTNERSHIP']);
    const ended = await alice.gql(END, { id });
    expect(ended.data!['endPartnership']).toMatchObject({
      status: 'ENDED',
      endedAt: expect.any(String),
    });
    expect(await tiesOf(a.id)).toEqual([]);
    for (const groupId of [a.id, b.id])
      expect((await api.gql(GROUP, { id: groupId })).data!['group'].partnerships).toEqual([]);
    const again = await bilal.gql(END, { id });
    expect(again.errors?.[0]).toMatchObject({
      message: 'This partnership has already ended.',
      extensions: { code: 'CONFLICT' },
    });
    expect((await auditOf(id)).map(([action]) => action)).toEqual([
      'partnership:proposed',
      'partnership:accepted',
      'partnership:ended',
    ]);
    // Ended, the two may partner again.
    const renewed = await bilal.gql(PROPOSE, { from: b.id, to: a.id });
    expect(renewed.errors).toBeUndefined();
  });

  it('lets the invited group decline, and the proposing group withdraw (but not the other way round)', async () => {
    const { a, b } = await pair();
    const first = (await alice.gql(PROPOSE, { from: a.id, to: b.id })).data!['proposePartnership'];
    expect((await alice.gql(DECLINE, { id: first.id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await bilal.gql(DECLINE, { id: first.id })).data!['declinePartnership'].status).toBe(
      'DECLINED',
    );
    expect((await bilal.gql(ACCEPT, { id: first.id })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );

    const second = (await alice.gql(PROPOSE, { from: a.id, to: b.id })).data!['proposePartnership'];
    const byInvited = await bilal.gql(END, { id: second.id });
    expect(byInvited.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/decline it instead/),
      extensions: { code: 'CONFLICT' },
    });
    expect((await alice.gql(END, { id: second.id })).data!['endPartnership'].status).toBe(
      'WITHDRAWN',
    );
    expect((await auditOf(second.id)).map(([action]) => action)).toEqual([
      'partnership:proposed',
      'partnership:withdrawn',
    ]);
    expect(await tiesOf(a.id)).toEqual([]);
  });

  it('refuses a second open partnership of the same two groups, either way round', async () => {
    const { a, b } = await pair();
    const first = (await alice.gql(PROPOSE, { from: a.id, to: b.id })).data!['proposePartnership'];
    const reverse = await bilal.gql(PROPOSE, { from: b.id, to: a.id });
    expect(reverse.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/already have a partnership proposal waiting/),
      extensions: { code: 'CONFLICT' },
    });
    await bilal.gql(ACCEPT, { id: first.id });
    const again = await alice.gql(PROPOSE, { from: a.id, to: b.id });
    expect(again.errors?.[0]).toMatchObject({
      message: 'These groups are already partners.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('keeps one open partnership when both groups propose to each other at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const { a, b } = await pair();
      const results = await Promise.all([
        alice.gql(PROPOSE, { from: a.id, to: b.id }),
        bilal.gql(PROPOSE, { from: b.id, to: a.id }),
      ]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/already have a partnership proposal waiting/),
          extensions: expect.objectContaining({ code: 'CONFLICT' }),
        }),
      ]);
      const pending = (await alice.gql(GROUP, { id: a.id })).data!['group'].pendingPartnerships;
      expect(pending).toHaveLength(1);
    }
  });

  it('answers a proposal once when two of its organisers answer at the same moment', async () => {
    const second = await api.signUp('Bilal Pe.');
    for (let round = 0; round < 3; round++) {
      const { a, b } = await pair();
      const { id } = (await alice.gql(PROPOSE, { from: a.id, to: b.id })).data![
        'proposePartnership'
      ];
      await api.dataSource.query(
        `INSERT INTO membership (group_id, person_id, role) VALUES ($1, $2, 'ORGANISER')`,
        [b.id, second.personId],
      );
      const results = await Promise.all([bilal.gql(ACCEPT, { id }), second.gql(DECLINE, { id })]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }),
      ]);
      const accepted = !results[0]!.errors;
      expect((await tiesOf(a.id)).length).toBe(accepted ? 1 : 0);
    }
  });

  it('lets only organisers act, each for their own side', async () => {
    const { a, b } = await pair();
    for (const caller of [bilal, member, admin]) {
      const result = await caller.gql(PROPOSE, { from: a.id, to: b.id });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(PROPOSE, { from: a.id, to: b.id })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const { id } = (await alice.gql(PROPOSE, { from: a.id, to: b.id })).data!['proposePartnership'];
    for (const caller of [alice, member, admin])
      expect((await caller.gql(ACCEPT, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const caller of [member, admin])
      expect((await caller.gql(END, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pending = await member.gql(GROUP, { id: a.id });
    expect(pending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(pending.data!['group'].pendingPartnerships).toBeNull();
  });

  it('refuses bad input with clear messages', async () => {
    const { a } = await pair();
    const self = await alice.gql(PROPOSE, { from: a.id, to: a.id });
    expect(self.errors?.[0]).toMatchObject({
      message: 'A group cannot partner with itself: choose another group.',
      extensions: { code: 'BAD_USER_INPUT', field: 'toGroupId' },
    });
    const missing = await alice.gql(PROPOSE, {
      from: a.id,
      to: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notAnId = await alice.gql(PROPOSE, { from: a.id, to: 'nope' });
    expect(notAnId.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'toGroupId' },
    });
    const longNote = await alice.gql(PROPOSE, { from: a.id, to: a.id, note: 'x'.repeat(501) });
    expect(longNote.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'note' },
    });
  });
});
