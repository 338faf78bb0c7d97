import { areaCellFor } from '@village/shared';
import { graphql } from './gql';
import { createGroup, createSession, createSpace } from './support/factories';
import { month } from './support/months';
import { writeSnapshot } from './support/snapshots';
import { Member, startTestApi, TestApi } from './support/test-api';

// Suggestions that build bridges (issue 12, item 5; docs/social-graph.md): fit first, then a
// circle where she has no ties yet and a first organiser above people she already knows; names of
// people she knows only with their consent and without a block.

const SUGGESTED = graphql(`
  query SuggestionsSuggested($first: Int) {
    suggestedSessions {
      needs
      weighedTies
      items(first: $first) {
        match {
          session {
            id
            title
          }
          fit
        }
        reasons {
          kind
          detail
        }
      }
    }
  }
`);
const JOIN = graphql(`
  mutation SuggestionsJoin($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      id
    }
  }
`);
const NEXT_DATE = graphql(`
  query SuggestionsNextDate($id: ID!) {
    session(id: $id) {
      occurrences(count: 1, includeCancelled: false) {
        occursOn
      }
    }
  }
`);
const GO = graphql(`
  mutation SuggestionsGo($s: ID!, $d: String!) {
    goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: false) {
      status
    }
  }
`);
const GIVE = graphql(`
  mutation SuggestionsGive($input: GiveConsentInput!) {
    giveConsent(input: $input) {
      id
    }
  }
`);
const BLOCK = graphql(`
  mutation SuggestionsBlock($personId: ID!) {
    blockPerson(personId: $personId)
  }
`);

/** The area around the test's spaces (factories put them at 53.7946, -1.7564). */
const HOME = areaCellFor(53.7946, -1.7564);

let api: TestApi;
let organiser: Member;
let viewer: Member;
let friend: Member;
let familiar: { id: string };
let newCircle: { id: string };
const circleOf: Member[] = [];
const strangers: Member[] = [];

async function parent(name: string): Promise<Member> {
  return api.signUp(name, {
    profile: {
      areaCell: HOME,
      languages: ['en'],
      lifeStage: { dueMonth: null, childBirthMonths: [month(-10)] },
    },
  });
}

/** Writes a complete snapshot placing each person in a community, as the analysis would. */
async function snapshot(communities: [Member, number, number?][]): Promise<void> {
  await writeSnapshot(
    api.dataSource,
    communities.map(([member, community, linkingTies]) => [
      member.personId,
      community,
      linkingTies,
    ]),
  );
}

async function goToNextDate(member: Member, sessionId: string): Promise<void> {
  const dates = await api.gql(NEXT_DATE, { id: sessionId });
  const occursOn = dates.data!['session']!.occurrences[0]!.occursOn;
  const going = await member.gql(GO, { s: sessionId, d: occursOn });
  expect(going.errors).toBeUndefined();
}

beforeAll(async () => {
  api = await startTestApi();
  organiser = await api.signUp('Olu Organiser');
  const groupA = await createGroup(organiser, { name: 'Familiar Friends' });
  const groupB = await createGroup(organiser, { name: 'Across the Park' });
  const space = await createSpace(organiser);
  familiar = await createSession(organiser, {
    groupId: groupA.id,
    spaceId: space.id,
    title: 'Familiar Stay and Play',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    startDate: '2026-01-06',
  });
  newCircle = await createSession(organiser, {
    groupId: groupB.id,
    spaceId: space.id,
    title: 'New Circle Rhymes',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    startDate: '2026-01-06',
  });
  viewer = await parent('Vera Viewer');
  friend = await parent('Farah Friend');
  for (let i = 0; i < 3; i++) {
    const member = await parent(`Circle ${i}`);
    expect((await member.gql(JOIN, { groupId: groupA.id })).errors).toBeUndefined();
    circleOf.push(member);
  }
  for (let i = 0; i < 3; i++) {
    const member = await parent(`Stranger ${i}`);
    expect((await member.gql(JOIN, { groupId: groupB.id })).errors).toBeUndefined();
    strangers.push(member);
  }
  // Vera and Farah were both at a session lately; Farah goes to the familiar one.
  await api.dataSource.query(
    `INSERT INTO tie (kind, provenance, strength, from_person_id, to_person_id, first_seen_at, last_seen_at)
     VALUES ('PERSON_PERSON', 'CO_ATTENDANCE', 0.8, $1, $2, now(), now())`,
    [viewer.personId, friend.personId],
  );
  await goToNextDate(friend, familiar.id);
});

afterAll(async () => {
  await api?.close();
});

const suggestionsOf = async (member: Member) => {
  const result = await member.gql(SUGGESTED, { first: 10 });
  expect(result.errors).toBeUndefined();
  return result.data!['suggestedSessions'];
};

describe('suggested sessions', () => {
  it('before any analysis, suggests by fit alone and says ties were not weighed', async () => {
    const suggestions = await suggestionsOf(viewer);
    expect(suggestions.weighedTies).toBe(false);
    expect(suggestions.needs).toEqual([]);
    expect(suggestions.items.map((item) => item.match.session.title).sort()).toEqual([
      'Familiar Stay and Play',
      'New Circle Rhymes',
    ]);
    // Farah has not let her connections see where she goes: nobody is named.
    expect(suggestions.items.flatMap((item) => item.reasons)).toEqual([]);
  });

  it('ranks the circle where she has no ties above the one she knows, at the same fit', async () => {
    await snapshot([
      [viewer, 1],
      [friend, 1],
      ...circleOf.map((member): [Member, number] => [member, 1]),
      ...strangers.map((member): [Member, number] => [member, 2]),
      [organiser, 3, 0],
    ]);
    const suggestions = await suggestionsOf(viewer);
    expect(suggestions.weighedTies).toBe(true);
    const [first, second] = suggestions.items;
    expect(first!.match.fit).toBe(second!.match.fit);
    expect(first!.match.session).toEqual({ id: newCircle.id, title: 'New Circle Rhymes' });
    expect(first!.reasons).toEqual([
      // Its three members (community 2) and the organiser (community 3) are all new to her.
      { kind: 'NEW_CIRCLE', detail: '100' },
      { kind: 'MEET_AN_ORGANISER', detail: '' },
    ]);
    expect(second!.match.session.title).toBe('Familiar Stay and Play');
    expect(second!.reasons).toEqual([{ kind: 'MEET_AN_ORGANISER', detail: '' }]);
  });

  it('names someone she knows who goes only once they let their connections see it', async () => {
    const given = await friend.gql(GIVE, { input: { kind: 'GOING_VISIBLE_TO_CONNECTIONS' } });
    expect(given.errors).toBeUndefined();
    const familiarOne = (await suggestionsOf(viewer)).items.find(
      (item) => item.match.session.id === familiar.id,
    );
    expect(familiarOne!.reasons).toContainEqual({
      kind: 'PEOPLE_YOU_KNOW_GO',
      detail: 'Farah Friend',
    });
    // Someone with no tie to Farah is never told she goes.
    const stranger = (await suggestionsOf(strangers[0]!)).items.flatMap((item) => item.reasons);
    expect(stranger.map((reason) => reason.kind)).not.toContain('PEOPLE_YOU_KNOW_GO');
  });

  it('never names someone who hid their tie with her', async () => {
    const [{ id }] = await api.dataSource.query(
      `SELECT id FROM tie WHERE from_person_id = $1 AND to_person_id = $2`,
      [viewer.personId, friend.personId],
    );
    const hide = graphql(`
      mutation SuggestionsHideTie($id: ID!) {
        hideTie(id: $id) {
          id
        }
      }
    `);
    const unhide = graphql(`
      mutation SuggestionsUnhideTie($id: ID!) {
        unhideTie(id: $id) {
          id
        }
      }
    `);
    expect((await friend.gql(hide, { id })).errors).toBeUndefined();
    const reasons = (await suggestionsOf(viewer)).items.flatMap((item) => item.reasons);
    expect(reasons.map((reason) => reason.kind)).not.toContain('PEOPLE_YOU_KNOW_GO');
    expect((await friend.gql(unhide, { id })).errors).toBeUndefined();
    const again = (await suggestionsOf(viewer)).items.flatMap((item) => item.reasons);
    expect(again).toContainEqual({ kind: 'PEOPLE_YOU_KNOW_GO', detail: 'Farah Friend' });
  });

  it('never names someone on the other side of a block', async () => {
    expect((await viewer.gql(BLOCK, { personId: friend.personId })).errors).toBeUndefined();
    const reasons = (await suggestionsOf(viewer)).items.flatMap((item) => item.reasons);
    expect(reasons.map((reason) => reason.kind)).not.toContain('PEOPLE_YOU_KNOW_GO');
  });

  it('asks for a rough area first, and for the family’s stage', async () => {
    const nowhere = await api.signUp('Nia Nowhere', { profile: { languages: ['en'] } });
    expect(await suggestionsOf(nowhere)).toEqual({
      needs: ['AREA', 'LIFE_STAGE'],
      weighedTies: true,
      items: [],
    });
  });

  it('is only for someone signed in', async () => {
    const result = await api.gql(SUGGESTED, { first: 3 });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses more than 10 at once with a clear message', async () => {
    const result = await viewer.gql(
      graphql(`
        query SuggestionsTooMany($first: Int) {
          suggestedSessions {
            items(first: $first) {
              reasons {
                kind
              }
            }
          }
        }
      `),
      { first: 11 },
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/first must be from 1 to 10/);
  });
});
