import type { ResultOf } from '@graphql-typed-document-node/core';
import { areaCellsAround } from '@village/shared';
import { HelpExpirySweeper } from '../src/help/help-expiry';
import { codeOf, postHelp, watch } from './support/help-exchanges';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import type { HelpCategory } from './gql/graphql';

// A cell of this spec's own, and one of its neighbours and one far away.
const HOME = '8819429a93fffff';
const NEIGHBOUR = areaCellsAround(HOME).find((cell) => cell !== HOME)!;
const FAR = '8819429a95fffff';
const NEAR = graphql(`
  subscription HelpLiveHelpPostsNear(
    $cells: [String!]
    $categories: [HelpCategory!]
    $since: String
  ) {
    helpPostsNear(areaCells: $cells, categories: $categories, since: $since) {
      cursor
      helpPost {
        id
        title
        areaCell
        category
        status
      }
    }
  }
`);

const titles = (events: ResultOf<typeof NEAR>[]) =>
  events.map((event) => event.helpPostsNear.helpPost.title);

describe('new help posts near me, live and caught up on reconnect', () => {
  let api: TestApi;
  let poster: Member;
  beforeAll(async () => {
    api = await startTestApi();
    poster = await api.signUp('Poster P.');
  });
  afterAll(() => api.close());

  it('sends new posts in the watched cells and categories only, each with a cursor', async () => {
    const live = await watch(api, NEAR, {
      cells: [HOME, NEIGHBOUR],
      categories: ['BABY_ITEMS', 'FOOD'],
    });
    await postHelp(poster, { title: 'Pram', category: 'BABY_ITEMS', areaCell: NEIGHBOUR });
    await postHelp(poster, { title: 'Lift', category: 'LIFTS', areaCell: HOME });
    await postHelp(poster, { title: 'Far soup', category: 'FOOD', areaCell: FAR });
    await postHelp(poster, { title: 'Soup', category: 'FOOD', areaCell: HOME });
    await live.until(2);
    live.stop();
    expect(live.errors).toEqual([]);
    expect(titles(live.events)).toEqual(['Pram', 'Soup']);
    const [first, second] = live.events.map((event) => BigInt(event.helpPostsNear.cursor));
    expect(second!).toBeGreaterThan(first!);
  });

  it('watches my own area and its neighbours when no cells are given', async () => {
    const parent = await api.signUp('Parent Near', { profile: { areaCell: HOME } });
    const live = await watch(parent, NEAR, { categories: ['DIY'] });
    await postHelp(poster, { title: 'Coats', category: 'DIY', areaCell: FAR });
    await postHelp(poster, { title: 'Vests', category: 'DIY', areaCell: NEIGHBOUR });
    await live.until(1);
    live.stop();
    expect(titles(live.events)).toEqual(['Vests']);
  });

  it('catches up on reconnect: what was missed comes first, then live, with no gaps or duplicates', async () => {
    const categories: HelpCategory[] = ['COMPANY'];
    const first = await watch(api, NEAR, { cells: [HOME], categories });
    await postHelp(poster, { title: 'Tea and a chat', category: 'COMPANY', areaCell: HOME });
    await first.until(1);
    first.stop();
    const cursor = first.events[0]!.helpPostsNear.cursor as string;

    // While disconnected: two posts, one of them taken down again before the reconnect.
    await postHelp(poster, { title: 'Walk in the park', category: 'COMPANY', areaCell: HOME });
    const withdrawn = await postHelp(poster, {
      title: 'Coffee (withdrawn)',
      category: 'COMPANY',
      areaCell: HOME,
    });
    await poster.gql(
      graphql(`
        mutation HelpLiveWithdrawHelpPost($id: ID!) {
          withdrawHelpPost(id: $id) {
            id
          }
        }
      `),
      {
        id: withdrawn.id,
      },
    );

    const again = await watch(api, NEAR, { cells: [HOME], categories, since: cursor });
    await postHelp(poster, { title: 'Knitting together', category: 'COMPANY', areaCell: HOME });
    // A sentinel posted last: once it is here, a duplicate or a withdrawn post would be too.
    await postHelp(poster, { title: 'Sentinel', category: 'COMPANY', areaCell: HOME });
    await again.until(3);
    again.stop();
    expect(again.errors).toEqual([]);
    expect(titles(again.events)).toEqual(['Walk in the park', 'Knitting together', 'Sentinel']);
  });

  it('misses nothing posted after liveCursor, however soon after subscribing it is posted', async () => {
    const { data } = await api.gql(
      graphql(`
        query HelpLiveLiveCursor {
          liveCursor
        }
      `),
    );
    const since = data!['liveCursor'] as string;
    expect(since).toMatch(/^\d+$/);
    // Posted before the subscription exists: the log has it, so it still arrives.
    await postHelp(poster, { title: 'Highchair', category: 'EQUIPMENT_LOAN', areaCell: HOME });
    const live = await watch(api, NEAR, { cells: [HOME], categories: ['EQUIPMENT_LOAN'], since });
    await live.until(1);
    live.stop();
    expect(titles(live.events)).toEqual(['Highchair']);
  });

  it('answers each viewer for themselves when the document reaches private fields', async () => {
    const author = await api.signUp('Author A.', { profile: { areaCell: HOME } });
    const PRIVATE = graphql(`
      subscription HelpLiveHelpPostsNear2($cells: [String!]) {
        helpPostsNear(areaCells: $cells) {
          helpPost {
            title
            authorPerson {
              displayName
              areaCell
            }
          }
        }
      }
    `);
    const own = await watch(author, PRIVATE, { cells: [FAR] });
    const stranger = await watch(await api.signUp('Stranger S.'), PRIVATE, { cells: [FAR] });
    const anonymous = await watch(api, PRIVATE, { cells: [FAR] });
    await postHelp(author, { title: 'Moses basket', areaCell: FAR });
    for (const live of [own, stranger, anonymous]) {
      await live.until(1);
      live.stop();
    }
    const person = (live: typeof own) =>
      live.events[0]?.helpPostsNear.helpPost.authorPerson ?? live.errors[0];
    expect(person(own)).toEqual({ displayName: 'Author A.', areaCell: HOME });
    // Others get the public name, and no area cell: the author's answer was not shared with them.
    for (const other of [stranger, anonymous]) {
      expect(JSON.stringify(other.events)).not.toContain(HOME);
      expect(JSON.stringify(other.errors)).not.toContain(HOME);
    }
    expect(stranger.events.length + stranger.errors.length).toBeGreaterThan(0);
    expect(anonymous.events.length + anonymous.errors.length).toBeGreaterThan(0);
  });

  it('refuses bad arguments with BAD_USER_INPUT and a message', async () => {
    const tooMany = await watch(api, NEAR, { cells: areaCellsAround(HOME).concat(FAR) });
    const noArea = await watch(api, NEAR, {});
    const badCursor = await watch(api, NEAR, { cells: [HOME], since: 'yesterday' });
    const notACell = await watch(api, NEAR, { cells: ['not-a-cell'] });
    for (const refused of [tooMany, noArea, badCursor, notACell]) {
      await refused.until(1);
      refused.stop();
      expect(refused.errors).toHaveLength(1);
      expect(codeOf({ errors: refused.errors })).toBe('BAD_USER_INPUT');
      expect(refused.errors[0]!.message).not.toMatch(/Exception|at .*\.ts/);
    }
    expect(noArea.errors[0]!.message).toMatch(/area cells/);
  });
});

describe('the event log behind catch-up', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('writes one row per post in the post’s transaction, holding ids only', async () => {
    const poster = await api.signUp('Logger L.');
    const post = await postHelp(poster, { title: 'Private words stay out', areaCell: HOME });
    const rows = await api.dataSource.query(
      `SELECT topic, subject_id AS "subjectId" FROM realtime_event WHERE subject_id = $1`,
      [post.id],
    );
    expect(rows).toEqual([{ topic: `area/${HOME}/help_posted`, subjectId: post.id }]);
  });

  it('forgets events after 7 days and then refuses a cursor from before them', async () => {
    const poster = await api.signUp('Old Poster');
    const { data } = await api.gql(
      graphql(`
        query HelpLiveLiveCursor2 {
          liveCursor
        }
      `),
    );
    const old = data!['liveCursor'] as string;
    await postHelp(poster, { title: 'Long ago', category: 'DIY', areaCell: HOME });
    await postHelp(poster, { title: 'Recent', category: 'DIY', areaCell: HOME });
    const [{ seq }] = await api.dataSource.query(
      `SELECT max(seq)::text AS seq FROM realtime_event`,
    );
    await api.dataSource.query(
      `UPDATE realtime_event SET created_at = now() - interval '8 days' WHERE seq < $1`,
      [seq],
    );
    await api.app.get(HelpExpirySweeper).sweep();
    const [{ kept }] = await api.dataSource.query(
      `SELECT count(*)::int AS kept FROM realtime_event`,
    );
    expect(kept).toBe(1);

    const tooOld = await watch(api, NEAR, { cells: [HOME], categories: ['DIY'], since: old });
    await tooOld.until(1);
    tooOld.stop();
    expect(codeOf({ errors: tooOld.errors })).toBe('BAD_USER_INPUT');
    expect(tooOld.errors[0]!.message).toMatch(/older than the 7 days/);

    const fine = await watch(api, NEAR, {
      cells: [HOME],
      categories: ['DIY'],
      since: String(BigInt(seq) - 1n),
    });
    await fine.until(1);
    fine.stop();
    expect(titles(fine.events)).toEqual(['Recent']);
  });

  it('never brings a blocked person’s posts, live or caught up, nor posts taken down', async () => {
    const watcher = await api.signUp('Watcher W.');
    const blocked = await api.signUp('Blocked B.');
    const poster = await api.signUp('Someone Else S.');
    const blocks = await watcher.gql(
      graphql(`
        mutation HelpLiveBlockPerson($p: ID!) {
          blockPerson(personId: $p)
        }
      `),
      {
        p: blocked.personId,
      },
    );
    expect(blocks.errors).toBeUndefined();
    const cursor = (
      await watcher.gql(
        graphql(`
          query HelpLiveLiveCursor3 {
            liveCursor
          }
        `),
      )
    ).data!.liveCursor;
    await postHelp(blocked, { title: 'From the blocked', category: 'BABY_ITEMS', areaCell: FAR });
    await postHelp(poster, { title: 'From anyone else', category: 'BABY_ITEMS', areaCell: FAR });
    // Screening holds this one for review, so it is on no board.
    await postHelp(poster, {
      title: 'Send me photos of your children',
      category: 'BABY_ITEMS',
      areaCell: FAR,
    });

    const caughtUp = await watch(watcher, NEAR, {
      cells: [FAR],
      categories: ['BABY_ITEMS'],
      since: cursor,
    });
    await caughtUp.until(1);
    await postHelp(blocked, { title: 'Blocked, live', category: 'BABY_ITEMS', areaCell: FAR });
    await postHelp(poster, { title: 'Anyone, live', category: 'BABY_ITEMS', areaCell: FAR });
    // A sentinel posted last: once it is here, the blocked person's live post would be too.
    await postHelp(poster, { title: 'Sentinel', category: 'BABY_ITEMS', areaCell: FAR });
    await caughtUp.until(3);
    caughtUp.stop();
    expect(titles(caughtUp.events)).toEqual(['From anyone else', 'Anyone, live', 'Sentinel']);
  });
});
