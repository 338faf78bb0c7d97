import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import type { Browser, Page } from 'playwright-core';
import {
  expectAccessible,
  graphql,
  launchChromium,
  openPage,
  screenshots,
  villageUrl,
} from './support/browser';

/** Fetches a calendar link's file and reads its event titles (unfolded and unescaped). */
async function fetchCalendar(href: string | null): Promise<{ summaries: string[] }> {
  if (!href) throw new Error('The calendar link has no address');
  const response = await fetch(villageUrl(href));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const body = (await response.text()).replace(/\r\n[ \t]/g, '');
  expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
  const summaries = body
    .split('\r\n')
    .filter((line) => line.startsWith('SUMMARY:'))
    .map((line) => line.slice('SUMMARY:'.length).replace(/\\([\\,;])/g, '$1'));
  return { summaries };
}

interface GroupsData {
  groups: { edges: { node: { id: string; name: string; sessions: { title: string }[] } }[] };
}

describe('finding a group', () => {
  let browser: Browser;
  let page: Page;
  let firstPage: GroupsData['groups']['edges'][number]['node'][];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser));
    // The home page lists the first page of groups by name: the same 20 the API gives.
    firstPage = (await graphql<GroupsData>(JOURNEY_DOCUMENTS.groups)).groups.edges.map(
      (edge) => edge.node,
    );
  });
  afterAll(() => browser?.close());

  it("shows the demo town's groups and this week's sessions on the home page", async () => {
    await page.goto(villageUrl('/'));

    await page.getByRole('heading', { level: 1, name: 'Find your people' }).waitFor();
    const groups = page.getByRole('region', { name: 'Groups' });
    for (const group of firstPage.slice(0, 5)) {
      await groups.getByRole('article', { name: group.name }).waitFor();
    }
    const whatsOn = page.getByRole('region', { name: "What's on this week" });
    expect(
      await whatsOn.getByRole('group', { name: 'Choose a day' }).getByRole('button').count(),
    ).toBe(7);

    await expectAccessible(page, 'the home page');
    await screenshots(page, 'home-en');
  });

  it('narrows the groups by kind', async () => {
    await page
      .getByRole('combobox', { name: 'Type of group' })
      .selectOption({ label: 'Parent and baby' });

    await page.waitForURL(/\?kind=PARENT_AND_BABY/);
    const cards = page.getByRole('region', { name: 'Groups' }).getByRole('article');
    const kindTags = cards.getByRole('list', { name: 'Type of group' });
    // The unfiltered list goes first (loading), then the filtered one arrives whole.
    await kindTags.filter({ hasNotText: 'Parent and baby' }).first().waitFor({ state: 'detached' });
    await cards.first().waitFor();
    const kinds = await kindTags.allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Parent and baby']));
  });

  it('opens a group and shows its sessions with their next dates', async () => {
    const group = firstPage.find((candidate) => candidate.sessions.length > 0);
    if (!group) throw new Error('The demo town has no group with sessions among the first 20');
    await page.goto(villageUrl('/'));
    await page
      .getByRole('region', { name: 'Groups' })
      .getByRole('link', { name: group.name, exact: true })
      .click();

    await page.getByRole('heading', { level: 1, name: group.name }).waitFor();
    expect(page.url()).toBe(villageUrl(`/groups/${group.id}`));
    const sessions = page.getByRole('region', { name: 'Sessions' }).getByRole('article');
    expect(await sessions.count()).toBe(group.sessions.length);
    const first = sessions.first();
    for (const term of ['Next dates', 'Place', 'Ages', 'Cost', 'Languages'])
      await first.getByText(term, { exact: true }).waitFor();
    // Focus moved to the new page's content, as a full page load would have done.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Each session, and the whole group, can be added to a calendar; the file is the real feed.
    const title = group.sessions[0]!.title;
    const addSession = page.getByRole('link', { name: `Add to calendar: ${title}`, exact: true });
    const sessionFeed = await fetchCalendar(await addSession.first().getAttribute('href'));
    expect(sessionFeed.summaries).toEqual([title]);
    const subscribe = page.getByRole('link', {
      name: `Subscribe in a calendar app: ${title}`,
      exact: true,
    });
    expect(await subscribe.first().getAttribute('href')).toMatch(
      /^webcal:\/\/[^/]+\/calendar\/sessions\/[0-9a-f-]+\.ics$/,
    );
    const addGroup = page.getByRole('link', {
      name: `Add all sessions to calendar: ${group.name}`,
      exact: true,
    });
    const groupFeed = await fetchCalendar(await addGroup.getAttribute('href'));
    expect(groupFeed.summaries.sort()).toEqual(
      group.sessions.map((session) => session.title).sort(),
    );

    await expectAccessible(page, 'a group page');
    await screenshots(page, 'group-en');
  });
});
