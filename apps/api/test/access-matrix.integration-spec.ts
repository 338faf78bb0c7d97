import { createGroup } from './support/factories';
import { Caller, Member, startTestApi, TestApi } from './support/test-api';

/**
 * Every role against every sensitive operation and field. The subject has a profile, belongs to a
 * group, and allowed that group's organisers and one organisation's workers to see them.
 */
type Role =
  | 'anonymous'
  | 'the person'
  | 'another member'
  | 'organiser of their group'
  | 'worker with consent'
  | 'worker without consent'
  | 'worker with expired vetting'
  | 'safeguarding lead'
  | 'admin';

const ROLES: Role[] = [
  'anonymous',
  'the person',
  'another member',
  'organiser of their group',
  'worker with consent',
  'worker without consent',
  'worker with expired vetting',
  'safeguarding lead',
  'admin',
];

const townDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

describe('who may see what, for every role', () => {
  let api: TestApi;
  let callers: Record<Role, Caller>;
  let subject: Member;
  let groupId: string;
  let organisationId: string;
  let otherOrganisationId: string;
  let lead: Member;
  let bystander: Member;

  const vet = (worker: Member, organisation: string, issuedOn: string, expiresOn: string) =>
    lead.gql(
      `mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { id inDate } }`,
      {
        input: {
          personId: worker.personId,
          organisationId: organisation,
          checkType: 'ENHANCED_DBS',
          issuedOn,
          expiresOn,
        },
      },
    );

  beforeAll(async () => {
    api = await startTestApi();
    subject = await api.signUp('Subject S.', {
      profile: {
        languages: ['ur'],
        canOffer: ['COOKING'],
        lifeStage: { childBirthMonths: ['2026-05'] },
      },
    });
    const organiser = await api.signUp('Organiser O.');
    groupId = (await createGroup(organiser, { name: 'Stay and Play' })).id;
    const manager = await api.signUp('Manager M.');
    organisationId = (await createGroup(manager, { name: 'Family Hub', kind: 'SERVICE' })).id;
    otherOrganisationId = (await createGroup(manager, { name: 'Other Hub', kind: 'SERVICE' })).id;
    await subject.gql(`mutation ($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: groupId });
    await subject.gql(
      `mutation { createHelpPost(input: { kind: REQUEST, category: LIFTS, title: "Lift to clinic", areaCell: "8819429a9dfffff" }) { id } }`,
    );
    for (const input of [
      { kind: 'VISIBLE_TO_GROUP_ORGANISERS' },
      { kind: 'SUPPORTED_BY_ORGANISATION', organisationId, purpose: 'Help settling in' },
    ]) {
      const given = await subject.gql(
        `mutation ($input: GiveConsentInput!) { giveConsent(input: $input) { inForce } }`,
        { input },
      );
      expect(given.data).toEqual({ giveConsent: { inForce: true } });
    }

    bystander = await api.signUp('Bystander B.');
    lead = await api.signUp('Lead L.');
    await api.grantRole(lead, 'SAFEGUARDING_LEAD');
    const admin = await api.signUp('Admin A.');
    await api.grantRole(admin, 'ADMIN');
    const worker = await api.signUp('Worker W.');
    const otherWorker = await api.signUp('Worker X.');
    const expiredWorker = await api.signUp('Worker Y.');
    expect((await vet(worker, organisationId, '2025-01-01', townDay(365))).data).toEqual({
      recordVetting: expect.objectContaining({ inDate: true }),
    });
    await vet(otherWorker, otherOrganisationId, '2025-01-01', townDay(365));
    // Expiring today: access ends today, not tomorrow.
    await vet(expiredWorker, organisationId, '2024-01-01', townDay(0));

    callers = {
      anonymous: api,
      'the person': subject,
      'another member': await api.signUp('Neighbour N.'),
      'organiser of their group': organiser,
      'worker with consent': worker,
      'worker without consent': otherWorker,
      'worker with expired vetting': expiredWorker,
      'safeguarding lead': lead,
      admin,
    };
  });
  afterAll(() => api.close());

  interface Case {
    what: string;
    query: string;
    variables: () => Record<string, unknown>;
    allowed: Role[];
  }

  const cases: Case[] = [
    {
      what: "a person's private profile (person query)",
      query: `query ($id: ID!) { person(id: $id, purpose: "Checking in after a referral") { displayName languages canOffer areaCell lifeStage { childAgesMonths } memberships { role } } }`,
      variables: () => ({ id: subject.personId }),
      allowed: [
        'the person',
        'organiser of their group',
        'worker with consent',
        'safeguarding lead',
      ],
    },
    {
      what: "a person's private fields where they appear in public (the help board)",
      query: `{ helpPosts(first: 5) { edges { node { authorPerson { displayName languages lifeStage { childAgesMonths } } } } } }`,
      variables: () => ({}),
      // The safeguarding lead sees private fields only by asking for the person with a reason.
      allowed: ['the person', 'organiser of their group', 'worker with consent'],
    },
    {
      what: "a person's ties",
      query: `query ($id: ID!) { ties(personId: $id, purpose: "Concern raised by a health visitor") { edges { node { kind } } } }`,
      variables: () => ({ id: subject.personId }),
      allowed: [
        'the person',
        'organiser of their group',
        'worker with consent',
        'safeguarding lead',
      ],
    },
    {
      what: 'the members of a group',
      query: `query ($id: ID!) { groupMembers(groupId: $id) { edges { node { displayName } } } }`,
      variables: () => ({ id: groupId }),
      allowed: ['organiser of their group'],
    },
    {
      what: "an organisation's caseload",
      query: `query ($id: ID!) { caseload(organisationId: $id) { edges { node { displayName lifeStage { childAgesMonths } } } } }`,
      variables: () => ({ id: organisationId }),
      allowed: ['worker with consent'],
    },
    {
      what: 'the audit log',
      query: `{ auditEvents(first: 5) { edges { node { action } } } }`,
      variables: () => ({}),
      allowed: ['admin'],
    },
    {
      what: "an organisation's vetting records",
      query: `query ($id: ID!) { vettings(organisationId: $id) { checkType inDate } }`,
      variables: () => ({ id: organisationId }),
      allowed: ['safeguarding lead', 'admin'],
    },
    {
      what: 'granting a role',
      query: `mutation ($id: ID!) { grantRole(personId: $id, role: SAFEGUARDING_LEAD) }`,
      variables: () => ({ id: bystander.personId }),
      allowed: ['admin'],
    },
    {
      what: 'recording vetting',
      query: `mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { id } }`,
      variables: () => ({
        input: {
          personId: subject.personId,
          organisationId: otherOrganisationId,
          checkType: 'BASIC_DBS',
          issuedOn: '2025-06-01',
          expiresOn: '2026-06-01',
        },
      }),
      allowed: ['safeguarding lead', 'admin'],
    },
  ];

  for (const { what, query, variables, allowed } of cases) {
    describe(what, () => {
      for (const role of ROLES) {
        const may = allowed.includes(role);
        it(`${may ? 'is open to' : 'is refused to'} ${role}`, async () => {
          const result = await callers[role].gql(query, variables());
          if (may) {
            expect(result.errors).toBeUndefined();
            expect(result.data).toBeTruthy();
          } else {
            expect(result.errors?.[0]?.extensions?.code).toBe(
              role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
            );
            // Nothing private leaks beside the error: not the subject's language, offer or child.
            expect(JSON.stringify(result.data ?? null)).not.toMatch(
              /"ur"|COOKING|"childAgesMonths":\[\d/,
            );
          }
        });
      }
    });
  }

  it('shows only members who chose to be visible to their organisers', async () => {
    const shy = await api.signUp('Shy Member');
    await shy.gql(`mutation ($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: groupId });
    const members = await callers['organiser of their group'].gql(
      `query ($id: ID!) { groupMembers(groupId: $id) { edges { node { displayName } } } }`,
      { id: groupId },
    );
    const names = members.data!['groupMembers'].edges.map((e: any) => e.node.displayName);
    expect(names).toContain('Subject S.');
    expect(names).not.toContain('Shy Member');
  });

  it('shows a public name but not private fields where a person appears in public', async () => {
    const board = await api.gql(
      `{ helpPosts(first: 5) { edges { node { authorPerson { displayName languages } } } } }`,
    );
    expect(board.data!['helpPosts'].edges[0].node.authorPerson).toEqual({
      displayName: 'Subject S.',
      languages: null,
    });
    expect(board.errors?.[0]).toMatchObject({
      path: ['helpPosts', 'edges', 0, 'node', 'authorPerson', 'languages'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('asks the safeguarding lead to say why', async () => {
    const result = await lead.gql(`query ($id: ID!) { person(id: $id) { displayName } }`, {
      id: subject.personId,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'purpose',
    });
  });

  it('audits every read by someone else, and the person can see who looked and why', async () => {
    await callers['worker with consent'].gql(
      `query ($id: ID!) { person(id: $id) { lifeStage { childAgesMonths } } }`,
      { id: subject.personId },
    );
    const log = await subject.gql(
      `{ me { dataAccessLog(first: 50) { edges { node { action basis purpose actor { displayName } viaGroup { name } } } } } }`,
    );
    const events = log.data!['me'].dataAccessLog.edges.map((e: any) => e.node);
    expect(events).toEqual(
      expect.arrayContaining([
        {
          action: 'read:Person.lifeStage',
          basis: 'WORKER',
          purpose: 'Help settling in',
          actor: { displayName: 'Worker W.' },
          viaGroup: { name: 'Family Hub' },
        },
        expect.objectContaining({
          basis: 'SAFEGUARDING_LEAD',
          purpose: 'Checking in after a referral',
          actor: { displayName: 'Lead L.' },
        }),
        expect.objectContaining({ basis: 'ORGANISER', viaGroup: { name: 'Stay and Play' } }),
      ]),
    );
    // The person's own reads are not "someone looking".
    expect(events.every((e: any) => e.actor.displayName !== 'Subject S.')).toBe(true);
    const refused = api.dataSource.query(`UPDATE audit_event SET purpose = 'changed'`);
    await expect(refused).rejects.toThrow(/cannot be changed or deleted/);
    await expect(api.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(
      /cannot be changed or deleted/,
    );
  });

  it('ends access at once when consent is withdrawn, including an open live view', async () => {
    const worker = callers['worker with consent'];
    const client = worker.subscriptionClient();
    const events: any[] = [];
    const ended = new Promise<void>((resolve) => {
      client.subscribe(
        {
          query: `subscription ($id: ID!) { personUpdated(id: $id) { displayName languages } }`,
          variables: { id: subject.personId },
        },
        {
          next: (event) => void events.push(event),
          error: () => resolve(),
          complete: () => resolve(),
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    await subject.gql(`mutation { updateMyProfile(input: { languages: ["ur", "en"] }) { id } }`);
    for (let i = 0; i < 40 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(events[0]).toEqual({
      data: { personUpdated: { displayName: 'Subject S.', languages: ['ur', 'en'] } },
    });

    const consents = await subject.gql(`{ me { consents { id kind inForce } } }`);
    const support = consents.data!['me'].consents.find(
      (c: any) => c.kind === 'SUPPORTED_BY_ORGANISATION' && c.inForce,
    );
    await subject.gql(`mutation ($id: ID!) { withdrawConsent(id: $id) { inForce } }`, {
      id: support.id,
    });
    await ended;
    expect(events.at(-1).errors[0].extensions.code).toBe('FORBIDDEN');
    const after = await worker.gql(`query ($id: ID!) { person(id: $id) { displayName } }`, {
      id: subject.personId,
    });
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const caseload = await worker.gql(
      `query ($id: ID!) { caseload(organisationId: $id) { edges { node { id } } } }`,
      { id: organisationId },
    );
    expect(caseload.data!['caseload'].edges).toEqual([]);
  });
});
