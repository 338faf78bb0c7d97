import { gridRing } from 'h3-js';
import { bandBetweenCells } from '../src/neighbours/location-privacy';
import { createGroup } from './support/factories';
import { CELL, codeOf, postHelp } from './support/help-exchanges';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import type { AvailabilitySlotInput, CreateHelpPostInput } from './gql/graphql';

const MATCHES = graphql(`
  query HelpMatchingHelpPostMatches($id: ID!, $first: Int) {
    helpPostMatches(id: $id, first: $first) {
      score
      distance
      post {
        id
        title
      }
      reasons {
        kind
        text
      }
    }
  }
`);

const TUESDAY_MORNING: AvailabilitySlotInput = { weekday: 2, partOfDay: 'MORNING' };
const NEAR = gridRing(CELL, 1)[0]!;
const ACROSS_TOWN = gridRing(CELL, 4)[0]!;
const OUT_OF_TOWN = gridRing(CELL, 15)[0]!;

describe('matching offers and requests, with reasons', () => {
  let api: TestApi;
  let asker: Member;
  let offerer: Member;
  let organiser: Member;
  let request: { id: string };
  const ids: Record<string, string> = {};

  const tie = (a: Member, b: Member) =>
    api.dataSource.query(
      `INSERT INTO tie (kind, provenance, from_person_id, to_person_id, first_seen_at, last_seen_at)
       VALUES ('PERSON_PERSON', 'NEIGHBOURS', $1, $2, now(), now())`,
      [a.personId, b.personId],
    );

  beforeAll(async () => {
    api = await startTestApi();
    expect(bandBetweenCells(CELL, NEAR)).toBe('UNDER_1_KM');
    expect(bandBetweenCells(CELL, ACROSS_TOWN)).toBe('FROM_2_TO_5_KM');

    asker = await api.signUp('Asker A.', { profile: { languages: ['ur', 'en'] } });
    offerer = await api.signUp('Offerer B.');
    const friendOfFriend = await api.signUp('Cousin C.');
    const known = await api.signUp('Known D.');
    const related = await api.signUp('Lender E.');
    const mutualFriend = await api.signUp('Friend F.');
    organiser = await api.signUp('Organiser G.');
    const other = await api.signUp('Other H.');
    await tie(asker, mutualFriend);
    await tie(friendOfFriend, mutualFriend);
    await tie(known, asker);
    const group = await createGroup(organiser, { name: 'Sisters Baby Bank', languages: ['ur'] });
    await asker.gql(
      graphql(`
        mutation HelpMatchingJoinGroup($g: ID!) {
          joinGroup(groupId: $g) {
            id
          }
        }
      `),
      { g: group.id },
    );

    request = await postHelp(asker, {
      kind: 'REQUEST',
      title: 'Need a winter pramsuit',
      availabilitySlots: [TUESDAY_MORNING],
    });
    const offers: [string, Member, Partial<CreateHelpPostInput>][] = [
      [
        'best',
        offerer,
        { availabilitySlots: [TUESDAY_MORNING], languages: ['ur'], title: 'Pramsuits' },
      ],
      [
        'friendOfFriend',
        friendOfFriend,
        { areaCell: NEAR, languages: ['pl'], title: 'Sleepsuits' },
      ],
      ['known', known, { areaCell: ACROSS_TOWN, title: 'Coats' }],
      ['related', related, { category: 'EQUIPMENT_LOAN', title: 'Pram to borrow' }],
      ['group', organiser, { areaCell: ACROSS_TOWN, authorGroupId: group.id, title: 'Baby bank' }],
      ['lifts', other, { category: 'LIFTS', title: 'Lifts' }],
      ['request', other, { kind: 'REQUEST', title: 'Also need clothes' }],
      ['own', asker, { title: 'My own offer' }],
      ['expired', other, { title: 'Old offer' }],
      ['withdrawn', other, { title: 'Withdrawn offer' }],
      ['tooFar', other, { areaCell: OUT_OF_TOWN, title: 'Far away' }],
    ];
    for (const [name, author, input] of offers) ids[name] = (await postHelp(author, input)).id;
    await api.dataSource.query(
      `UPDATE help_post SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [ids['expired']],
    );
    await other.gql(
      graphql(`
        mutation HelpMatchingWithdrawHelpPost($id: ID!) {
          withdrawHelpPost(id: $id) {
            id
          }
        }
      `),
      {
        id: ids['withdrawn']!,
      },
    );
  });
  afterAll(() => api.close());

  it('never uses a tie either end hid as social proof', async () => {
    const reasonsOf = async (name: string) =>
      (await asker.gql(MATCHES, { id: request.id }))
        .data!['helpPostMatches'].find((m) => m.post.id === ids[name])!
        .reasons.map((r) => r.kind);
    // The cousin hides their tie with the friend the asker and the cousin share.
    const hidden = await api.dataSource.query<{ tie_id: string }[]>(
      `INSERT INTO tie_hidden (tie_id, person_id)
       SELECT t.id, h.author_person_id FROM tie t JOIN help_post h
           ON h.author_person_id IN (t.from_person_id, t.to_person_id)
        WHERE h.id = $1
       RETURNING tie_id`,
      [ids['friendOfFriend']],
    );
    expect(hidden).toHaveLength(1);
    try {
      // Without the hidden tie nothing links them: to matching, the cousin is someone new.
      expect(await reasonsOf('friendOfFriend')).toEqual([
        'SAME_CATEGORY',
        'NEARBY',
        'NEW_PERSON_NEARBY',
      ]);
    } finally {
      await api.dataSource.query(`DELETE FROM tie_hidden WHERE tie_id = $1`, [hidden[0]!.tie_id]);
    }
    expect(await reasonsOf('friendOfFriend')).toEqual([
      'SAME_CATEGORY',
      'NEARBY',
      'FRIEND_OF_A_FRIEND',
    ]);
  });

  it('ranks offers for a request by fit, then toward people and groups outside my circle', async () => {
    const result = await asker.gql(MATCHES, { id: request.id });
    const matches = result.data!['helpPostMatches'];
    // Fit: best 0.85, friendOfFriend 0.60, group 0.55, known 0.45, related 0.40. Bridges: a stranger
    // +0.10 (best, related), a friend of a friend +0.05, my own group and someone I know +0.
    expect(matches.map((m) => m.post.id)).toEqual(
      ['best', 'friendOfFriend', 'group', 'related', 'known'].map((name) => ids[name]),
    );
    expect(matches.map((m) => m.score)).toEqual([0.95, 0.65, 0.55, 0.5, 0.45]);
    expect(matches[0]).toMatchObject({
      distance: 'UNDER_1_KM',
      reasons: [
        { kind: 'SAME_CATEGORY', text: 'Both about baby items and clothes' },
        { kind: 'NEARBY', text: 'Under 1 km away' },
        { kind: 'AVAILABILITY_OVERLAP', text: 'Both free Tuesday morning' },
        { kind: 'SHARED_LANGUAGE', text: 'You both speak Urdu' },
        { kind: 'NEW_PERSON_NEARBY', text: 'Someone new nearby: you are not connected yet' },
      ],
    });
    const reasonsOf = (name: string) =>
      matches.find((m) => m.post.id === ids[name])!.reasons.map((r) => r.kind);
    expect(reasonsOf('friendOfFriend')).toEqual(['SAME_CATEGORY', 'NEARBY', 'FRIEND_OF_A_FRIEND']);
    expect(reasonsOf('known')).toEqual(['SAME_CATEGORY', 'NEARBY', 'ALREADY_CONNECTED']);
    expect(reasonsOf('group')).toEqual([
      'SAME_CATEGORY',
      'NEARBY',
      'SHARED_LANGUAGE',
      'GROUP_MEMBER',
    ]);
    expect(matches.find((m) => m.post.id === ids['related'])!.reasons[0]).toEqual({
      kind: 'RELATED_CATEGORY',
      text: 'Equipment to borrow is close to baby items and clothes',
    });
    expect(matches.find((m) => m.post.id === ids['known'])!.distance).toBe('FROM_2_TO_5_KM');
  });

  it('bounds the list', async () => {
    const two = await asker.gql(MATCHES, { id: request.id, first: 2 });
    expect(two.data!['helpPostMatches'].map((m) => m.post.id)).toEqual([
      ids['best'],
      ids['friendOfFriend'],
    ]);
    expect(codeOf(await asker.gql(MATCHES, { id: request.id, first: 21 }))).toBe('BAD_USER_INPUT');
  });

  it('ranks requests for an offer, without reading the other person’s private profile', async () => {
    const result = await offerer.gql(MATCHES, { id: ids['best']! });
    const matches = result.data!['helpPostMatches'];
    expect(matches.map((m) => m.post.id)).toEqual([request.id, ids['request']]);
    // The asker speaks Urdu, but only in their private profile, not on their post: it stays private.
    expect(matches[0]!.reasons.map((r) => r.kind)).toEqual([
      'SAME_CATEGORY',
      'NEARBY',
      'AVAILABILITY_OVERLAP',
      'NEW_PERSON_NEARBY',
    ]);
  });

  it('suggests matches only to the post’s author (or its group’s organisers)', async () => {
    expect(codeOf(await api.gql(MATCHES, { id: request.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await offerer.gql(MATCHES, { id: request.id }))).toBe('FORBIDDEN');
    const organiserView = await organiser.gql(MATCHES, { id: ids['group']! });
    // Both requests fit the group's offer equally well: the newer one comes first.
    expect(organiserView.data!['helpPostMatches'].map((m) => m.post.id)).toEqual([
      ids['request'],
      request.id,
    ]);
    // A group's circle is not read: nobody is called new to it, or known.
    const tieKinds = ['NEW_PERSON_NEARBY', 'NEW_GROUP_NEARBY', 'FRIEND_OF_A_FRIEND'];
    const groupReasons = organiserView.data!['helpPostMatches'].flatMap((m) =>
      m.reasons.map((r) => r.kind),
    );
    expect(groupReasons).toContain('SAME_CATEGORY');
    expect(groupReasons.filter((kind) => tieKinds.includes(kind))).toEqual([]);
    // A member of the group is not one of its organisers.
    expect(codeOf(await asker.gql(MATCHES, { id: ids['group']! }))).toBe('FORBIDDEN');
  });
});
