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

describe('places and the help board', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser));
  });
  afterAll(() => browser?.close());

  it("opens a session's place from its group and shows the address, access and opening hours", async () => {
    const { groups } = await graphql<{
      groups: {
        edges: { node: { id: string; sessions: { space: { id: string; name: string } }[] } }[];
      };
    }>(JOURNEY_DOCUMENTS.groupsWithPlaces);
    const group = groups.edges.map((edge) => edge.node).find((node) => node.sessions.length > 0);
    const space = group?.sessions[0]?.space;
    if (!group || !space)
      throw new Error('The demo town has no group with sessions among the first 20');

    await page.goto(villageUrl(`/groups/${group.id}`));
    await page.getByRole('link', { name: space.name, exact: true }).first().click();

    await page.getByRole('heading', { level: 1, name: space.name }).waitFor();
    await page.getByText('Address', { exact: true }).waitFor();
    await page.getByText('Accessibility', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Opening hours' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sessions here' }).waitFor();
    expect(
      await page.getByRole('region', { name: 'Sessions here' }).getByRole('article').count(),
    ).toBeGreaterThan(0);

    await expectAccessible(page, 'a place page');
    await screenshots(page, 'space-en');
  });

  it('lists offers and requests, pages through them and filters them', async () => {
    await page.goto(villageUrl('/help'));
    await page.getByRole('heading', { level: 1, name: 'Help board' }).waitFor();
    const posts = page.getByRole('article');
    await posts.first().waitFor();
    expect(await posts.count()).toBe(20);
    await expectAccessible(page, 'the help board');
    await screenshots(page, 'help-en');

    await page.getByRole('button', { name: 'Show more' }).click();
    await posts.nth(20).waitFor();
    expect(await posts.count()).toBeGreaterThan(20);

    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Requests' });
    await page.waitForURL(/\?kind=REQUEST/);
    // The previous list can still be on screen (or briefly replaced by the loading state)
    // when the URL changes, so wait for the filtered list rather than for any request.
    await page.waitForFunction(() => {
      const kinds = Array.from(document.querySelectorAll('.help-post__kind'));
      return kinds.length > 0 && kinds.every((kind) => kind.textContent === 'Request');
    });
    const kinds = await page.locator('.help-post__kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Request']));
  });
});
