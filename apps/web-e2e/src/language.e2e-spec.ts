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

describe('reading Village in Urdu', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser));
  });
  afterAll(() => browser?.close());

  const direction = () =>
    page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
    }));

  it('turns the page right-to-left when Urdu is chosen', async () => {
    await page.goto(villageUrl('/'));
    expect(await direction()).toEqual({ dir: 'ltr', lang: 'en' });

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'اردو' });

    await page.getByRole('heading', { level: 1, name: 'اپنے لوگوں سے ملیں' }).waitFor();
    expect(await direction()).toEqual({ dir: 'rtl', lang: 'ur' });
    await page.getByRole('region', { name: 'گروپ' }).getByRole('article').first().waitFor();
    await expectAccessible(page, 'the home page in Urdu');
    await screenshots(page, 'home-ur');
  });

  it('stays in Urdu across navigation and a reload', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'مدد کا بورڈ' }).click();
    await page.getByRole('heading', { level: 1, name: 'مدد کا بورڈ' }).waitFor();
    expect(await direction()).toEqual({ dir: 'rtl', lang: 'ur' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'مدد کا بورڈ' }).waitFor();
    expect(await direction()).toEqual({ dir: 'rtl', lang: 'ur' });
    await page.getByRole('article').first().waitFor();
    await expectAccessible(page, 'the help board in Urdu');
    await screenshots(page, 'help-ur');
  });

  it('shows group and place pages in Urdu too', async () => {
    const { groups } = await graphql<{
      groups: { edges: { node: { id: string; sessions: { space: { id: string } }[] } }[] };
    }>(JOURNEY_DOCUMENTS.parentGroupsWithPlaces);
    const group = groups.edges.map((edge) => edge.node).find((node) => node.sessions.length > 0);
    if (!group) throw new Error('The demo town has no parent-and-baby group with sessions');

    await page.goto(villageUrl(`/groups/${group.id}`));
    await page.getByRole('region', { name: 'سیشن' }).getByText('اگلی تاریخیں').first().waitFor();
    await expectAccessible(page, 'a group page in Urdu');
    await screenshots(page, 'group-ur');

    await page.goto(villageUrl(`/spaces/${group.sessions[0]?.space.id}`));
    await page.getByRole('heading', { level: 2, name: 'کھلنے کے اوقات' }).waitFor();
    await expectAccessible(page, 'a place page in Urdu');
    await screenshots(page, 'space-ur');
  });

  it('goes back to English, left-to-right', async () => {
    await page.getByRole('combobox', { name: 'زبان' }).selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 2, name: 'Opening hours' }).waitFor();
    expect(await direction()).toEqual({ dir: 'ltr', lang: 'en' });
  });
});
