import type { Browser, Page } from 'playwright-core';
import {
  expectAccessible,
  launchChromium,
  openPage,
  screenshots,
  villageUrl,
} from './support/browser';

describe('addresses that lead nowhere', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser));
  });
  afterAll(() => browser?.close());

  it('shows a friendly not-found page with a way home', async () => {
    await page.goto(villageUrl('/no/such/page'));

    await page.getByRole('heading', { level: 1, name: "We can't find that page" }).waitFor();
    expect(await page.title()).toBe("We can't find that page · Village");
    await expectAccessible(page, 'the not-found page');
    await screenshots(page, 'not-found-en');

    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find your people' }).waitFor();
  });

  it('says so when a group no longer exists', async () => {
    await page.goto(villageUrl('/groups/00000000-0000-4000-8000-000000000000'));
    await page.getByRole('heading', { level: 1, name: "We can't find that page" }).waitFor();
    await page.getByText("We couldn't find that group. It may have closed or moved.").waitFor();
  });
});
