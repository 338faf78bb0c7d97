import { createGroup, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import type { UpdateSpaceInput } from './gql/graphql';

const PROPOSE = graphql(`
  mutation SpaceChangesPropose($spaceId: ID!, $input: UpdateSpaceInput!, $note: String) {
    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {
      id
      status
      note
      mine
      changes {
        name
        postcode
        accessibility
        openingHours {
          weekday
          opens
          closes
        }
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation SpaceChangesAccept($id: ID!) {
    acceptSpaceChange(id: $id) {
      id
      status
      decidedAt
    }
  }
`);
const DECLINE = graphql(`
  mutation SpaceChangesDecline($id: ID!, $note: String) {
    declineSpaceChange(id: $id, note: $note) {
      id
      status
      decisionNote
    }
  }
`);
const PROPOSALS = graphql(`
  query SpaceChangesProposals($spaceId: ID!, $status: SpaceChangeStatus) {
    spaceChangeProposals(spaceId: $spaceId, status: $status) {
      id
      status
      mine
      proposer {
        displayName
      }
    }
  }
`);
const SPACE = graphql(`
  query SpaceChangesSpace($id: ID!) {
    space(id: $id) {
      name
      postcode
      accessibility
      openingHours {
        weekday
        opens
        closes
      }
      viewerIsSteward
    }
  }
`);
const UPDATE = graphql(`
  mutation SpaceChangesUpdate($id: ID!, $input: UpdateSpaceInput!) {
    updateSpace(id: $id, input: $input) {
      id
    }
  }
`);
const STEWARDS = graphql(`
  query SpaceChangesStewards($id: ID!) {
    space(id: $id) {
      stewards {
        person {
          id
          displayName
        }
      }
      stewardCandidates {
        id
        displayName
      }
    }
  }
`);

describe('suggested changes to a space', () => {
  let api: TestApi;
  let steward: Member;
  let organiser: Member;
  let member: Member;
  let admin: Member;

  async function spaceAudit(spaceId: string) {
    const result = await admin.gql(
      graphql(`
        query SpaceChangesAuditEvents {
          auditEvents(first: 50) {
            edges {
              node {
                action
                basis
                actor {
                  id
                }
                subject {
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
      .filter((event) => event['action'].endsWith(`:${spaceId}`))
      .reverse()
      .map((event) => ({
        action: event['action'].replace(`:${spaceId}`, ''),
        basis: event['basis'],
        actor: event['actor']?.id,
        subject: event['subject']?.id ?? null,
      }));
  }

  beforeAll(async () => {
    api = await startTestApi();
    [steward, organiser, member, admin] = await Promise.all([
      api.signUp('Steward Sa.'),
      api.signUp('Organiser Ob.'),
      api.signUp('Member Mc.'),
      api.signUp('Admin Ad.'),
    ]);
    await api.grantRole(admin, 'ADMIN');
    await createGroup(steward, { name: 'Hall Keepers' });
    await createGroup(organiser, { name: 'Toddler Club' });
  });
  afterAll(() => api.close());

  it('lets an organiser who is not a steward suggest a change, which a steward accepts: applied, recorded, audited', async () => {
    const space = await createSpace(steward, { name: 'Northgate Hall' });
    const proposed = await organiser.gql(PROPOSE, {
      spaceId: space.id,
      input: {
        postcode: 'BD1 4QQ',
        accessibility: ['STEP_FREE', 'BABY_CHANGE', 'PRAM_SPACE'],
        openingHours: [{ weekday: 3, opens: '09:00', closes: '12:00' }],
      },
      note: 'The hall moved its entrance and is open on Wednesdays now.',
    });
    expect(proposed.errors).toBeUndefined();
    const proposal = proposed.data!['proposeSpaceChange'];
    expect(proposal).toMatchObject({
      status: 'PENDING',
      mine: true,
      changes: {
        name: null,
        postcode: 'BD1 4QQ',
        accessibility: ['STEP_FREE', 'BABY_CHANGE', 'PRAM_SPACE'],
        openingHours: [{ weekday: 3, opens: '09:00', closes: '12:00' }],
      },
    });
    // Nothing changes until a steward accepts.
    expect((await api.gql(SPACE, { id: space.id })).data!['space'].postcode).toBe('BD1 2AB');

    const accepted = await steward.gql(ACCEPT, { id: proposal.id });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!['acceptSpaceChange']).toMatchObject({
      status: 'ACCEPTED',
      decidedAt: expect.any(String),
    });
    expect((await api.gql(SPACE, { id: space.id })).data!['space']).toMatchObject({
      name: 'Northgate Hall',
      postcode: 'BD1 4QQ',
      accessibility: ['STEP_FREE', 'BABY_CHANGE', 'PRAM_SPACE'],
      openingHours: [{ weekday: 3, opens: '09:00', closes: '12:00' }],
    });
    expect(await spaceAudit(space.id)).toEqual([
      { action: 'space:created', basis: 'ORGANISER', actor: steward.personId, subject: null },
      {
        action: 'space:change-proposed',
        basis: 'ORGANISER',
        actor: organiser.personId,
        subject: null,
      },
      {
        action: 'space:change-accepted',
        basis: 'STEWARD',
        actor: steward.personId,
        subject: organiser.personId,
      },
    ]);
    // A decided suggestion cannot be decided again.
    const again = await steward.gql(DECLINE, { id: proposal.id });
    expect(again.errors?.[0]).toMatchObject({
      message: 'This suggestion was already accepted.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('lets a steward decline a suggestion with a note, changing nothing, audited', async () => {
    const space = await createSpace(steward, { name: 'Eastgate Hall' });
    const proposal = (
      await organiser.gql(PROPOSE, { spaceId: space.id, input: { name: 'Eastgate Centre' } })
    ).data!['proposeSpaceChange'];
    const declined = await steward.gql(DECLINE, {
      id: proposal.id,
      note: 'The sign still says Hall.',
    });
    expect(declined.data!['declineSpaceChange']).toEqual({
      id: proposal.id,
      status: 'DECLINED',
      decisionNote: 'The sign still says Hall.',
    });
    expect((await api.gql(SPACE, { id: space.id })).data!['space'].name).toBe('Eastgate Hall');
    expect((await spaceAudit(space.id)).map((event) => event.action)).toEqual([
      'space:created',
      'space:change-proposed',
      'space:change-declined',
    ]);
  });

  it('shows stewards every suggestion and anyone else only their own', async () => {
    const space = await createSpace(steward, { name: 'Southgate Hall' });
    const other = await api.signUp('Organiser Oe.');
    await createGroup(other, { name: 'Craft Circle' });
    await organiser.gql(PROPOSE, { spaceId: space.id, input: { postcode: 'BD2 1AA' } });
    await other.gql(PROPOSE, { spaceId: space.id, input: { postcode: 'BD2 1AB' } });

    const seenBy = async (caller: Member) =>
      (await caller.gql(PROPOSALS, { spaceId: space.id })).data!['spaceChangeProposals'].map(
        (p) => [p.proposer?.displayName, p.mine],
      );
    expect((await seenBy(steward)).sort()).toEqual([
      ['Organiser Ob.', false],
      ['Organiser Oe.', false],
    ]);
    expect(await seenBy(organiser)).toEqual([['Organiser Ob.', true]]);
    expect(await seenBy(member)).toEqual([]);
    expect((await seenBy(admin)).length).toBe(2);
    const anonymous = await api.gql(PROPOSALS, { spaceId: space.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a suggestion from a member who organises nothing, and from a steward (who edits directly)', async () => {
    const space = await createSpace(steward, { name: 'Westfield Hall' });
    const byMember = await member.gql(PROPOSE, { spaceId: space.id, input: { name: 'Mine' } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bySteward = await steward.gql(PROPOSE, { spaceId: space.id, input: { name: 'Mine' } });
    expect(bySteward.errors?.[0]).toMatchObject({
      message: 'You are a steward of this space: edit it directly instead.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('checks a suggestion as updateSpace checks an edit, and refuses an empty one', async () => {
    const space = await createSpace(steward, { name: 'Eastfield Hall' });
    const cases = [
      [{ name: 'X' }, 'input.name', /name must be 2 to 120 characters/],
      [{ latitude: 123 }, 'input.latitude', /latitude must be between -90 and 90/],
      [
        { openingHours: [{ weekday: 2, opens: '17:00', closes: '09:00' }] },
        'input.openingHours',
        /closes before it opens/,
      ],
      [{}, 'input', /at least one field/],
      [{ name: 'Eastfield Hall' }, 'input', /already says/],
    ] satisfies [UpdateSpaceInput, string, RegExp][];
    for (const [input, field, message] of cases) {
      const result = await organiser.gql(PROPOSE, { spaceId: space.id, input });
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    const badNote = await organiser.gql(PROPOSE, {
      spaceId: space.id,
      input: { name: 'Eastfield Room' },
      note: 'x'.repeat(501),
    });
    expect(badNote.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'note' },
    });
    const missing = await organiser.gql(PROPOSE, {
      spaceId: '00000000-0000-4000-8000-000000000000',
      input: { name: 'Nowhere' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await organiser.gql(PROPOSALS, { spaceId: space.id })).data!['spaceChangeProposals'],
    ).toEqual([]);
  });

  it('refuses to accept a suggestion whose field a steward changed since, and applies nothing', async () => {
    const space = await createSpace(steward, { name: 'Riverside Hall' });
    const proposal = (
      await organiser.gql(PROPOSE, {
        spaceId: space.id,
        input: { name: 'Riverside Centre', postcode: 'BD3 9ZZ' },
      })
    ).data!['proposeSpaceChange'];
    expect(
      (await steward.gql(UPDATE, { id: space.id, input: { name: 'Riverside Rooms' } })).errors,
    ).toBeUndefined();
    const accepted = await steward.gql(ACCEPT, { id: proposal.id });
    expect(accepted.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Since this was suggested, the space’s name changed/),
      extensions: { code: 'CONFLICT' },
    });
    expect((await api.gql(SPACE, { id: space.id })).data!['space']).toMatchObject({
      name: 'Riverside Rooms',
      postcode: 'BD1 2AB',
    });
    // A change to a field the suggestion leaves alone does not stand in its way.
    const other = (
      await organiser.gql(PROPOSE, { spaceId: space.id, input: { postcode: 'BD3 9ZY' } })
    ).data!['proposeSpaceChange'];
    await steward.gql(UPDATE, { id: space.id, input: { name: 'Riverside Rooms 2' } });
    expect((await steward.gql(ACCEPT, { id: other.id })).errors).toBeUndefined();
  });

  it('lets only stewards and admins accept or decline', async () => {
    const space = await createSpace(steward, { name: 'Hillside Hall' });
    const proposal = (
      await organiser.gql(PROPOSE, { spaceId: space.id, input: { postcode: 'BD4 1AA' } })
    ).data!['proposeSpaceChange'];
    for (const caller of [organiser, member]) {
      const result = await caller.gql(ACCEPT, { id: proposal.id });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(ACCEPT, { id: proposal.id })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const byAdmin = await admin.gql(ACCEPT, { id: proposal.id });
    expect(byAdmin.data!['acceptSpaceChange'].status).toBe('ACCEPTED');
    const [, , accepted] = await spaceAudit(space.id);
    expect(accepted).toMatchObject({ action: 'space:change-accepted', basis: 'ADMIN' });
  });

  it('lets two stewards decide one suggestion at once only once', async () => {
    const space = await createSpace(steward, { name: 'Moorside Hall' });
    const second = await api.signUp('Steward Sb.');
    await steward.gql(
      graphql(`
        mutation SpaceChangesGrant($s: ID!, $p: ID!) {
          grantSpaceStewardship(spaceId: $s, personId: $p)
        }
      `),
      { s: space.id, p: second.personId },
    );
    const proposal = (
      await organiser.gql(PROPOSE, { spaceId: space.id, input: { postcode: 'BD5 1AA' } })
    ).data!['proposeSpaceChange'];
    const results = await Promise.all([
      steward.gql(ACCEPT, { id: proposal.id }),
      second.gql(DECLINE, { id: proposal.id }),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }),
    ]);
    const decided = (await spaceAudit(space.id)).filter((event) =>
      /change-(accepted|declined)/.test(event.action),
    );
    expect(decided).toHaveLength(1);
  });

  it('lists stewards and suggests as candidates the organisers who proposed changes, for stewards only', async () => {
    const space = await createSpace(steward, { name: 'Parkside Hall' });
    await organiser.gql(PROPOSE, { spaceId: space.id, input: { postcode: 'BD6 1AA' } });
    const seen = await steward.gql(STEWARDS, { id: space.id });
    expect(seen.data!['space']).toEqual({
      stewards: [{ person: { id: steward.personId, displayName: 'Steward Sa.' } }],
      stewardCandidates: [{ id: organiser.personId, displayName: 'Organiser Ob.' }],
    });
    const refused = await organiser.gql(STEWARDS, { id: space.id });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(refused.data!['space']).toEqual({ stewards: null, stewardCandidates: null });
    expect((await steward.gql(SPACE, { id: space.id })).data!['space'].viewerIsSteward).toBe(true);
    expect((await organiser.gql(SPACE, { id: space.id })).data!['space'].viewerIsSteward).toBe(
      false,
    );
    expect((await api.gql(SPACE, { id: space.id })).data!['space'].viewerIsSteward).toBe(false);
  });

  it('puts a person’s suggestions in their download and removes them with their account', async () => {
    const space = await createSpace(steward, { name: 'Brookside Hall' });
    const leaver = await api.signUp('Leaver Lf.');
    await createGroup(leaver, { name: 'Leavers Club' });
    await leaver.gql(PROPOSE, {
      spaceId: space.id,
      input: { postcode: 'BD8 1AA' },
      note: 'New door on Brook Street.',
    });
    const exported = await leaver.gql(
      graphql(`
        mutation SpaceChangesExportMyData {
          exportMyData
        }
      `),
    );
    expect(JSON.parse(exported.data!['exportMyData']).spaceChangeProposals).toEqual([
      expect.objectContaining({
        space: 'Brookside Hall',
        changes: { postcode: 'BD8 1AA' },
        note: 'New door on Brook Street.',
        status: 'PENDING',
      }),
    ]);
    const deleted = await leaver.gql(
      graphql(`
        mutation SpaceChangesDeleteMyAccount($password: String!) {
          deleteMyAccount(password: $password)
        }
      `),
      { password: leaver.password },
    );
    expect(deleted.errors).toBeUndefined();
    expect(
      (await steward.gql(PROPOSALS, { spaceId: space.id })).data!['spaceChangeProposals'],
    ).toEqual([]);
  });
});
