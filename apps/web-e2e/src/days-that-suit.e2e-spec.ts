import { cellToLatLng, latLngToCell } from 'h3-js';
import type { Browser, Locator, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';
import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import { monthsAgo } from './support/months';

/**
 * Far from the demo town and from other journeys, a little different on each run, so the sessions
 * suggested here are this journey's own.
 */
const run = Date.now() % 1000;
const AREA = latLngToCell(55.6 + run / 10_000, -4.6, 8);

describe('a parent says which days suit her, and suggestions put those days first', () => {
  let browser: Browser;
  let page: Page;
  const tuesday = `Tuesday Rhymes ${run}`;
  const thursday = `Thursday Stay and Play ${run}`;

  beforeAll(async () => {
    browser = await launchChromium();
    const organiser = await createAccount('days-organiser', 'Olu');
    const { createGroup } = await mustQuery<{ createGroup: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: `Glen Families ${run}`, kind: 'PARENT_AND_BABY', languages: ['en'] } },
    );
    const [latitude, longitude] = cellToLatLng(AREA);
    const { createSpace } = await mustQuery<{ createSpace: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createSpace,
      { input: { name: `Glen Hall ${run}`, kind: 'COMMUNITY_CENTRE', latitude, longitude } },
    );
    // The same place: her 8-month-old fits the Tuesday one's narrower age range better.
    for (const [title, day, maxAgeMonths] of [
      [tuesday, 'TU', 12],
      [thursday, 'TH', 36],
    ] as const)
      await mustQuery(organiser.session, JOURNEY_DOCUMENTS.createSession, {
        input: {
          groupId: createGroup.id,
          spaceId: createSpace.id,
          title,
          minAgeMonths: 0,
          maxAgeMonths,
          languages: ['en'],
          recurrence: `FREQ=WEEKLY;BYDAY=${day}`,
          startDate: '2026-01-05',
          startTime: '10:00',
          durationMinutes: 60,
        },
      });
    const parent = await createAccount('days-parent', 'Dana');
    await mustQuery(parent.session, JOURNEY_DOCUMENTS.updateMyProfile, {
      input: {
        areaCell: AREA,
        languages: ['en'],
        lifeStage: { childBirthMonths: [monthsAgo(8)] },
      },
    });
    page = await openAsMember(browser, parent);
  });
  afterAll(() => browser?.close());

  const suggestions = (name = 'Suggested for you') =>
    page.getByRole('region', { name }).getByRole('article');
  const titles = async (cards: Locator) => {
    await cards.first().waitFor();
    return cards.evaluateAll((articles) =>
      articles.map((article) => article.querySelector('h3')?.textContent ?? ''),
    );
  };

  it('suggests by fit while she has not said which days suit her', async () => {
    await page.goto(villageUrl('/'));
    expect(await titles(suggestions())).toEqual([tuesday, thursday]);
    expect(await page.getByText('a day that suits you', { exact: false }).count()).toBe(0);
  });

  it('lets her choose her days on her profile with the keyboard', async () => {
    await page.goto(villageUrl('/account'));
    const edit = page.getByRole('button', { name: 'Change your profile' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const days = page.getByRole('group', { name: 'Days that suit you' });
    await days.getByText('Tick none if any day is fine.', { exact: false }).waitFor();
    const thursdayBox = days.getByRole('checkbox', { name: 'Thursday' });
    await thursdayBox.focus();
    await page.keyboard.press('Space');
    expect(await thursdayBox.isChecked()).toBe(true);
    await expectAccessible(page, 'the profile form with the days that suit her');
    await screenshots(page, 'account-days-form-en');

    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Your profile is saved.').waitFor();
    // Back on the button she started from (the page moves focus on the next animation frame), with
    // her days in the summary.
    await page.waitForFunction(
      (element) => element === document.activeElement,
      await edit.elementHandle(),
    );
    const summary = page.locator('dl').first();
    await summary.getByText('Days that suit you').waitFor();
    await summary.getByText('Thursday', { exact: true }).waitFor();
  });

  it('puts the sessions on her days first, says so, and still suggests the others', async () => {
    await page.goto(villageUrl('/'));
    expect(await titles(suggestions())).toEqual([thursday, tuesday]);
    const first = suggestions().first();
    await first.getByText('Thursday at 10:00: a day that suits you.').waitFor();
    expect(
      await suggestions().nth(1).getByText('a day that suits you', { exact: false }).count(),
    ).toBe(0);
    await expectAccessible(page, 'suggestions on the days that suit her');
    await screenshots(page, 'suggested-days-en');
  });

  it('says the same in Urdu, right to left', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'اردو' });
    const first = suggestions('آپ کے لیے تجاویز').first();
    await first.getByText('یہ دن آپ کے لیے موزوں ہے', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page, 'suggestions on her days in Urdu');
    await screenshots(page, 'suggested-days-ur');

    await page.goto(villageUrl('/account'));
    await page.getByRole('button', { name: 'اپنی پروفائل بدلیں' }).click();
    const days = page.getByRole('group', { name: 'آپ کے لیے موزوں دن' });
    expect(await days.getByRole('checkbox').count()).toBe(7);
    await expectAccessible(page, 'the profile form in Urdu');
    await screenshots(page, 'account-days-form-ur');
  });
});
