import { createGroup } from './support/factories';
import { helpPostStatus, postHelp, startExchange, step } from './support/help-exchanges';
import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

describe('my data: download and erase', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  async function memberWithHistory() {
    const member = await api.signUp('Zainab', {
      profile: {
        areaCell: '8819429a9dfffff',
        languages: ['ur', 'en'],
        canOffer: ['COOKING'],
        suitableWeekdays: [2, 4],
        lifeStage: { childBirthMonths: ['2026-02'] },
      },
    });
    const friend = await api.signUp('Friend F.');
    const organiser = await api.signUp('Organiser O.');
    const group = await createGroup(organiser, { name: 'Mosque Mums' });
    await member.gql(
      graphql(`
        mutation DataRightsJoinGroup($g: ID!) {
          joinGroup(groupId: $g) {
            id
          }
        }
      `),
      { g: group.id },
    );
    await member.gql(
      graphql(`
        mutation DataRightsGiveConsent {
          giveConsent(input: { kind: VISIBLE_TO_GROUP_ORGANISERS }) {
            id
          }
        }
      `),
    );
    await member.gql(
      graphql(`
        mutation DataRightsCreateHelpPost {
          createHelpPost(
            input: {
              kind: OFFER
              category: COOKING
              title: "Biryani for new parents"
              description: "Homemade and halal, for your first week home"
              areaCell: "8819429a9dfffff"
            }
          ) {
            id
          }
        }
      `),
    );
    await organiser.gql(
      graphql(`
        query DataRightsPerson($id: ID!) {
          person(id: $id) {
            languages
          }
        }
      `),
      {
        id: member.personId,
      },
    );
    // A tie the friend also has: it must survive the erasure, with the member's side anonymised.
    await api.dataSource.query(
      `INSERT INTO tie (kind, provenance, from_person_id, to_person_id, strength, first_seen_at, last_seen_at)
       VALUES ('PERSON_PERSON', 'CO_ATTENDANCE', $1, $2, 0.6, now(), now())`,
      [friend.personId, member.personId],
    );
    return { member, friend, organiser, group };
  }

  it('downloads everything about me as JSON, and records that it did', async () => {
    const { member } = await memberWithHistory();
    const result = await member.gql(
      graphql(`
        mutation DataRightsExportMyData {
          exportMyData
        }
      `),
    );
    const data = JSON.parse(result.data!['exportMyData']);
    expect(data).toMatchObject({
      format: 'village-personal-data/1',
      account: { email: member.email, roles: [] },
      profile: {
        displayName: 'Zainab',
        areaCell: '8819429a9dfffff',
        languages: ['ur', 'en'],
        canOffer: ['COOKING'],
        suitableWeekdays: [2, 4],
      },
      memberships: [{ group: 'Mosque Mums', role: 'MEMBER' }],
      consents: [{ kind: 'VISIBLE_TO_GROUP_ORGANISERS', withdrawnAt: null }],
      helpPosts: [{ title: 'Biryani for new parents' }],
    });
    expect(data.profile.lifeStage.childAgesMonths).toHaveLength(1);
    expect(data.ties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PERSON_PERSON', with: 'Friend F.' }),
      ]),
    );
    expect(data.dataAccessLog).toEqual(
      expect.arrayContaining([expect.objectContaining({ basis: 'ORGANISER', by: 'Organiser O.' })]),
    );
    expect(data.sessions).toHaveLength(1);
    expect(data.peopleSearchOrigins).toEqual([]);
    expect(data.savedSearches).toEqual([]);
    expect(data.savedSessions).toEqual([]);
    expect(JSON.stringify(data)).not.toMatch(/password|token_hash|passwordHash/i);
    const [audited] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_person_id = $1 AND action = 'data:exported'`,
      [member.personId],
    );
    expect(audited.n).toBe(1);
    expect(
      (
        await api.gql(
          graphql(`
            mutation DataRightsExportMyData2 {
              exportMyData
            }
          `),
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('erases my account: personal data gone, others keep their history with a former member', async () => {
    const { member, friend, group } = await memberWithHistory();
    const wrong = await member.gql(
      graphql(`
        mutation DataRightsDeleteMyAccount {
          deleteMyAccount(password: "not my password")
        }
      `),
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(
      (
        await member.gql(
          graphql(`
            query DataRightsMe {
              me {
                email
              }
            }
          `),
        )
      ).data!['me'],
    ).not.toBeNull();

    await member.gql(
      graphql(`
        mutation DataRightsSaveSearch {
          saveSearch(name: "Mornings", search: { areaCell: "8819429a9dfffff" }) {
            id
          }
        }
      `),
    );
    const erased = await member.gql(
      graphql(`
        mutation DataRightsDeleteMyAccount2($p: String!) {
          deleteMyAccount(password: $p)
        }
      `),
      {
        p: member.password,
      },
    );
    expect(erased.data).toEqual({ deleteMyAccount: true });

    expect(
      (
        await member.gql(
          graphql(`
            query DataRightsMe2 {
              me {
                email
              }
            }
          `),
        )
      ).data!['me'],
    ).toBeNull();
    expect((await api.signIn(member.email, member.password)).cookie).toBeNull();
    const [person] = await api.dataSource.query(
      `SELECT display_name, area_cell, languages, can_offer, suitable_weekdays, household_id, erased_at
         FROM person WHERE id = $1`,
      [member.personId],
    );
    expect(person).toMatchObject({
      display_name: 'Former member',
      area_cell: null,
      languages: [],
      can_offer: [],
      suitable_weekdays: [],
      household_id: null,
    });
    expect(person.erased_at).not.toBeNull();
    const leftovers = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM account WHERE person_id = $1)::int AS accounts,
              (SELECT count(*) FROM consent WHERE person_id = $1)::int AS consents,
              (SELECT count(*) FROM membership WHERE person_id = $1)::int AS memberships,
              (SELECT count(*) FROM saved_search WHERE person_id = $1)::int AS searches,
              (SELECT count(*) FROM help_post WHERE author_person_id = $1 AND description <> '')::int AS texts,
              (SELECT count(*) FROM help_post WHERE author_person_id = $1 AND status = 'OPEN')::int AS open_posts`,
      [member.personId],
    );
    expect(leftovers).toEqual([
      { accounts: 0, consents: 0, memberships: 0, searches: 0, texts: 0, open_posts: 0 },
    ]);

    // The friend's tie with them goes too (ties, with their evidence, leave with the person:
    // docs/social-graph.md); the friend's own view works and is simply empty.
    const ties = await friend.gql(
      graphql(`
        query DataRightsTies($id: ID!) {
          ties(personId: $id) {
            edges {
              node {
                kind
                to {
                  ... on Person {
                    displayName
                  }
                }
              }
            }
          }
        }
      `),
      { id: friend.personId },
    );
    expect(ties.data!['ties'].edges).toEqual([]);
    // The group lost a member, not its history; the audit log keeps the erasure.
    const count = await api.gql(
      graphql(`
        query DataRightsGroup($id: ID!) {
          group(id: $id) {
            memberCount
          }
        }
      `),
      {
        id: group.id,
      },
    );
    expect(count.data!['group'].memberCount).toBe(1);
    const [audit] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_person_id = $1 AND action = 'account:erased'`,
      [member.personId],
    );
    expect(audit.n).toBe(1);
    // Nobody, not even the safeguarding lead, can open the erased profile.
    const lead = await api.signUp('Lead L.');
    await api.grantRole(lead, 'SAFEGUARDING_LEAD');
    const look = await lead.gql(
      graphql(`
        query DataRightsPerson2($id: ID!) {
          person(id: $id, purpose: "check") {
            languages
          }
        }
      `),
      {
        id: member.personId,
      },
    );
    expect(look.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('exports my exchanges and my words in them, and on erasure takes my words out and releases my promises', async () => {
    const { member, friend } = await memberWithHistory();
    const offer = await postHelp(friend, { title: 'Spare cot' });
    const exchangeId = await startExchange(member, offer.id);
    await member.gql(
      graphql(`
        mutation DataRightsSendExchangeMessage($e: ID!) {
          sendExchangeMessage(exchangeId: $e, body: "Could I collect on Friday?") {
            id
          }
        }
      `),
      { e: exchangeId },
    );
    await step(friend, 'agreeToExchange', exchangeId);
    await step(member, 'agreeToExchange', exchangeId);
    expect(await helpPostStatus(api, offer.id)).toBe('MATCHED');

    const data = JSON.parse(
      (
        await member.gql(
          graphql(`
            mutation DataRightsExportMyData3 {
              exportMyData
            }
          `),
        )
      ).data!['exportMyData'],
    );
    expect(data.exchanges).toEqual([
      expect.objectContaining({
        id: exchangeId,
        helpPost: 'Spare cot',
        status: 'AGREED',
        side: 'RESPONDER',
      }),
    ]);
    expect(data.exchangeMessages.map((m: { body: string }) => m.body)).toEqual([
      'Hello, could I help?',
      'Could I collect on Friday?',
    ]);
    expect(data.profile).toMatchObject({ helpGiven: 0, helpReceived: 0 });

    await member.gql(
      graphql(`
        mutation DataRightsDeleteMyAccount3($p: String!) {
          deleteMyAccount(password: $p)
        }
      `),
      {
        p: member.password,
      },
    );
    const bodies = await api.dataSource.query(
      `SELECT body FROM exchange_message WHERE author_person_id = $1`,
      [member.personId],
    );
    expect(bodies).toEqual([{ body: '' }, { body: '' }]);
    const friendView = await friend.gql(
      graphql(`
        query DataRightsExchange($id: ID!) {
          exchange(id: $id) {
            status
          }
        }
      `),
      {
        id: exchangeId,
      },
    );
    expect(friendView.data!['exchange'].status).toBe('CANCELLED');
    expect(await helpPostStatus(api, offer.id)).toBe('OPEN');
  });

  it('exports whom I blocked, my reports and my concerns without the lead’s notes; erasure keeps the safeguarding record', async () => {
    const { member, friend } = await memberWithHistory();
    const stranger = await api.signUp('Stranger S.');
    const lead = await api.signUp('Lead E.');
    await api.grantRole(lead, 'SAFEGUARDING_LEAD');
    const offer = await postHelp(stranger, { title: 'Free pram' });
    await member.gql(
      graphql(`
        mutation DataRightsBlockPerson($p: ID!) {
          blockPerson(personId: $p)
        }
      `),
      { p: friend.personId },
    );
    await member.gql(
      graphql(`
        mutation DataRightsReportHelpPost($p: ID!) {
          reportHelpPost(helpPostId: $p, reason: NOT_GENUINE, details: "Same pram as last week")
        }
      `),
      { p: offer.id },
    );
    const raised = await member.gql(
      graphql(`
        mutation DataRightsRaiseSafeguardingConcern($p: ID!) {
          raiseSafeguardingConcern(
            input: { concern: "They asked where my children sleep.", helpPostId: $p }
          ) {
            id
          }
        }
      `),
      { p: offer.id },
    );
    const concernId = raised.data!['raiseSafeguardingConcern'].id;
    await lead.gql(
      graphql(`
        mutation DataRightsUpdateSafeguardingConcern($id: ID!) {
          updateSafeguardingConcern(
            id: $id
            status: IN_PROGRESS
            leadNotes: "Spoke to the health visitor."
          ) {
            id
          }
        }
      `),
      { id: concernId },
    );

    const data = JSON.parse(
      (
        await member.gql(
          graphql(`
            mutation DataRightsExportMyData4 {
              exportMyData
            }
          `),
        )
      ).data!['exportMyData'],
    );
    expect(data.blocks).toEqual([{ person: 'Friend F.', createdAt: expect.any(String) }]);
    expect(data.reportsMade).toEqual([
      {
        subjectKind: 'HELP_POST',
        helpPost: 'Free pram',
        reason: 'NOT_GENUINE',
        details: 'Same pram as last week',
        status: 'OPEN',
        createdAt: expect.any(String),
      },
    ]);
    expect(data.safeguardingConcernsRaised).toEqual([
      {
        concern: 'They asked where my children sleep.',
        status: 'IN_PROGRESS',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(data)).not.toContain('health visitor');

    await member.gql(
      graphql(`
        mutation DataRightsDeleteMyAccount4($p: String!) {
          deleteMyAccount(password: $p)
        }
      `),
      {
        p: member.password,
      },
    );
    const [left] = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM person_block WHERE blocker_person_id = $1)::int AS blocks,
              (SELECT array_agg(details) FROM content_report WHERE reporter_person_id = $1) AS reports,
              (SELECT array_agg(concern) FROM safeguarding_concern WHERE raised_by_person_id = $1) AS concerns`,
      [member.personId],
    );
    expect(left).toEqual({
      blocks: 0,
      reports: [''],
      concerns: ['They asked where my children sleep.'],
    });
    const leadView = await lead.gql(
      graphql(`
        query DataRightsSafeguardingConcerns {
          safeguardingConcerns(first: 5) {
            edges {
              node {
                id
                leadNotes
                raisedBy {
                  displayName
                }
              }
            }
          }
        }
      `),
    );
    expect(leadView.data!['safeguardingConcerns'].edges).toContainEqual({
      node: {
        id: concernId,
        leadNotes: 'Spoke to the health visitor.',
        raisedBy: { displayName: 'Former member' },
      },
    });
  });
});
