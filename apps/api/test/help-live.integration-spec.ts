import { areaCellsAround } from '@village/shared';
import { codeOf, postHelp, watch } from './support/help-exchanges';
import { Member, startTestApi, TestApi } from './support/test-api';

// A cell of this spec's own, and one of its neighbours and one far away.
const HOME = '8819429a93fffff';
const NEIGHBOUR = areaCellsAround(HOME).find((cell) => cell !== HOME)!;
const FAR = '8819429a95fffff';
const NEAR = `subscription ($cells: [String!], $categories: [HelpCategory!], $since: String) {
  helpPostsNear(areaCells: $cells, categories: $categories, since: $since) { cursor helpPost { id title areaCell category status } }
}`;

const titles = (events: any[]) => events.map((event) => event.helpPostsNear.helpPost.title);

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
    const categories = ['COMPANY'];
    const first = await watch(api, NEAR, { cells: [HOME], categories });
    await postHelp(poster, { title: 'Tea and a chat', category: 'COMPANY', areaCell: HOME });
    await first.until(1);
    first.stop();
    const cursor = first.events[0].helpPostsNear.cursor as string;

    // While disconnected: two posts, one of them taken down again before the reconnect.
    await postHelp(poster, { title: 'Walk in the park', category: 'COMPANY', areaCell: HOME });
    const withdrawn = await postHelp(poster, {
      title: 'Coffee (withdrawn)',
      category: 'COMPANY',
      areaCell: HOME,
    });
    await poster.gql(`mutation ($id: ID!) { withdrawHelpPost(id: $id) { id } }`, {
      id: withdrawn.id,
    });

    const again = await watch(api, NEAR, { cells: [HOME], categories, since: cursor });
    await postHelp(poster, { title: 'Knitting together', category: 'COMPANY', areaCell: HOME });
    await again.until(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    again.stop();
    expect(again.errors).toEqual([]);
    expect(titles(again.events)).toEqual(['Walk in the park', 'Knitting together']);
  });

  it('misses nothing posted after helpBoardCursor, however soon after subscribing it is posted', async () => {
    const { data } = await api.gql(`{ helpBoardCursor }`);
    const since = data!['helpBoardCursor'] as string;
    expect(since).toMatch(/^\d+$/);
    // Posted before the subscription exists: the log has it, so it still arrives.
    await postHelp(poster, { title: 'Highchair', category: 'EQUIPMENT_LOAN', areaCell: HOME });
    const live = await watch(api, NEAR, { cells: [HOME], categories: ['EQUIPMENT_LOAN'], since });
    await live.until(1);
    live.stop();
    expect(titles(live.events)).toEqual(['Highchair']);
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
      expect(refused.errors[0].message).not.toMatch(/Exception|at .*\.ts/);
    }
    expect(noArea.errors[0].message).toMatch(/area cells/);
  });
});
