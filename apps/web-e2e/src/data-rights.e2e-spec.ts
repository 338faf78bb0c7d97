import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { graphqlAs, openAsNewMember, type Account } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';

describe('my data: download it, then delete my account', () => {
  let browser: Browser;
  let page: Page;
  let account: Account;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, account } = await openAsNewMember(browser, 'data-rights', 'Marek', {
      acceptDownloads: true,
    }));
  });
  afterAll(() => browser?.close());

  it('downloads everything Village holds about me as a JSON file', async () => {
    await page.goto(villageUrl('/privacy'));
    const section = page.getByRole('region', { name: 'Download your data' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download my data' }).click(),
    ]);

    expect(download.suggestedFilename()).toBe('village-my-data.json');
    const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      account: { email: string };
      profile: { displayName: string };
    };
    expect(data.account.email).toBe(account.email);
    expect(data.profile.displayName).toBe('Marek');
    await section.getByText('Your file village-my-data.json is downloaded.').waitFor();
  });

  it('deletes the account only with the right password, after saying what goes and what stays', async () => {
    const section = page.getByRole('region', { name: 'Delete your account' });
    await section.getByRole('button', { name: 'Delete my account…' }).click();
    const confirmHeading = section.getByRole('heading', {
      name: 'Are you sure you want to delete your account?',
    });
    // Focus moves to the confirmation, which says plainly what is deleted and what is kept.
    expect(await confirmHeading.evaluate((heading) => heading === document.activeElement)).toBe(
      true,
    );
    await section.getByText('Your email address, your password', { exact: false }).waitFor();
    await section.getByText('shown as “Former member”', { exact: false }).waitFor();
    await expectAccessible(page, 'the delete-account confirmation');
    await screenshots(page, 'delete-account-en');

    await section.getByLabel('Enter your password to confirm').fill('not my password at all');
    await section.getByRole('button', { name: 'Delete my account for good' }).click();
    await section.getByText('That password is not right, so nothing was deleted.').waitFor();

    await section.getByLabel('Enter your password to confirm').fill(account.password);
    await section.getByRole('button', { name: 'Delete my account for good' }).click();

    await page.waitForURL(villageUrl('/'));
    await page.getByText('Your account is deleted.', { exact: false }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('no longer lets anyone sign in with it', async () => {
    await page.goto(villageUrl('/sign-in'));
    await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('That email and password do not match.').waitFor();

    const { body } = await graphqlAs<{ me: null }>(account.session, JOURNEY_DOCUMENTS.me);
    expect(body.data?.me).toBeNull();
  });
});
