import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';
import { addNewSpace } from './support/forms';
import { JOURNEY_DOCUMENTS } from './support/journey-documents';

/** The first Tuesday at least a week from now, `YYYY-MM-DD`: the session's first date. */
function nextTuesday(): string {
  const day = new Date(Date.now() + 7 * 86_400_000);
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

describe('an organiser publishes a session (phone)', () => {
  let browser: Browser;
  let page: Page;
  const tag = Date.now().toString(36);
  const title = `Zz e2e Stay and Play ${tag}`;
  const hall = `Zz e2e Canal Hall ${tag}`;
  let groupId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const organiser = await createAccount('publish-organiser', 'Halima');
    ({
      createGroup: { id: groupId },
    } = await mustQuery<{ createGroup: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: `Zz e2e Little Steps ${tag}`, kind: 'PARENT_AND_BABY', languages: ['en'] } },
    ));
    page = await openAsMember(browser, organiser);
  });
  afterAll(() => browser?.close());

  it('creates a fortnightly session at a new space, seeing the next dates before publishing', async () => {
    await page.goto(villageUrl(`/groups/${groupId}`));
    await page.getByRole('link', { name: 'New session' }).click();
    await page.getByRole('heading', { level: 1, name: 'New session' }).waitFor();

    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByLabel('First date').fill(nextTuesday());
    await page.getByRole('radio', { name: 'Every other week' }).check();
    const preview = page.getByRole('region', { name: 'Next dates' });
    await preview.getByText('Every other Tuesday').waitFor();
    expect(await preview.getByRole('listitem').count()).toBe(5);

    await addNewSpace(
      page,
      {
        name: hall,
        address: '3 Canal Road',
        postcode: 'BD1 4AA',
        latitude: 53.796,
        longitude: -1.759,
      },
      { stepFree: true },
    );

    await expectAccessible(page, 'the new session form');
    await screenshots(page, 'publish-session-form-en');

    await page.getByRole('button', { name: 'Publish session' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  });

  it('cancels one date with a reason, and the session page shows it cancelled', async () => {
    await page.getByRole('link', { name: 'Manage dates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage dates' }).waitFor();
    const rows = page.getByRole('listitem');
    const when = (await rows.nth(1).locator('time').textContent()) ?? '';
    const second = rows.filter({ hasText: when });
    await second.getByRole('button', { name: 'Cancel this date' }).click();
    await second.getByRole('textbox', { name: 'Reason' }).fill('The hall is closed for repairs');
    await expectAccessible(page, 'the dates page, cancelling');
    await second.getByRole('button', { name: 'Cancel the date' }).click();
    const cancelled = page.getByRole('listitem').filter({ hasText: 'Cancelled.' });
    await cancelled.getByText('Reason: The hall is closed for repairs').waitFor();
    expect(await cancelled.locator('time').textContent()).toBe(when);
    await screenshots(page, 'publish-session-dates-en');

    await page.getByRole('link', { name: title }).click();
    // The session's next dates leave the cancelled one out; the changes list it with its reason.
    const nextDates = page.locator('.next-dates');
    await nextDates.getByRole('listitem').first().waitFor();
    expect(await nextDates.getByText(when, { exact: true }).count()).toBe(0);
    const changes = page.getByRole('region', { name: 'Changes to the next dates' });
    await changes.getByText('Cancelled.').waitFor();
    await changes.getByText('Reason: The hall is closed for repairs').waitFor();
    expect(await changes.locator('time').first().textContent()).toBe(when);
    await expectAccessible(page, 'the session page with a cancelled date');
    await screenshots(page, 'publish-session-page-en');
  });

  it('reads the same in Urdu, right to left: the cancelled date with its reason, and the dates page', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'اردو' });
    const changes = page.getByRole('region', { name: 'اگلی تاریخوں میں تبدیلیاں' });
    await changes.getByText('منسوخ۔').waitFor();
    await changes.getByText('وجہ: The hall is closed for repairs').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page, 'the session page in Urdu');
    await screenshots(page, 'publish-session-page-ur');

    await page.getByRole('link', { name: 'تاریخوں کا انتظام' }).click();
    await page.getByRole('heading', { level: 1, name: 'تاریخوں کا انتظام' }).waitFor();
    await page.getByRole('button', { name: 'یہ تاریخ بحال کریں' }).waitFor();
    await expectAccessible(page, 'the dates page in Urdu');
    await screenshots(page, 'publish-session-dates-ur');
  });
});
