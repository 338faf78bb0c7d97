import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import type { Browser, Page } from 'playwright-core';
import { createAccount, graphqlAs, waitForEmailLink, type Account } from './support/accounts';
import {
  expectAccessible,
  launchChromium,
  openPage,
  screenshots,
  villageUrl,
} from './support/browser';

const NEW_PASSWORD = 'a new song for the morning';

/**
 * The reset link arrives by "email": in development the API logs each email it would send, and the
 * test server copies those log lines into a mailbox file that this journey reads (village-server.ts).
 */
describe('resetting a forgotten password', () => {
  let browser: Browser;
  let page: Page;
  let account: Account;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser));
    account = await createAccount('reset', 'Kasia');
  });
  afterAll(() => browser?.close());

  it('asks for a link without saying whether the email has an account', async () => {
    await page.goto(villageUrl('/sign-in'));
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await expectAccessible(page, 'the forgotten-password page');
    await screenshots(page, 'forgot-password-en');

    await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();

    await page
      .getByRole('status')
      .getByText(`If there is a Village account for ${account.email}`, { exact: false })
      .waitFor();
  });

  it('sets a new password from the emailed link and signs in with it', async () => {
    const link = new URL(await waitForEmailLink(account.email));
    expect(link.pathname).toBe('/reset-password');
    expect(link.hash).toMatch(/^#token=.{20,}/);
    // The API was started on port 0, so its own idea of its address has no port: open the same path
    // and fragment on the address it really listens on.
    await page.goto(villageUrl(`/reset-password${link.hash}`));
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await expectAccessible(page, 'the reset-password page');
    await screenshots(page, 'reset-password-en');

    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await page.getByText('Your password needs at least 10 characters.').waitFor();

    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save my new password' }).click();

    await page.waitForURL(villageUrl('/sign-in'));
    await page.getByText('Your password is changed. Sign in with your new password.').waitFor();
    await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Your account: Kasia' }).waitFor();
  });

  it('ended the old session and no longer accepts the old password or the used link', async () => {
    const { body: me } = await graphqlAs<{ me: null | object }>(
      account.session,
      JOURNEY_DOCUMENTS.me,
    );
    expect(me.data?.me).toBeNull();
    const { body } = await graphqlAs(null, JOURNEY_DOCUMENTS.signIn, {
      input: { email: account.email, password: account.password },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const link = new URL(await waitForEmailLink(account.email));
    await page.goto(villageUrl(`/reset-password${link.hash}`));
    await page.getByLabel('New password').fill('yet another long password');
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await page
      .getByRole('alert')
      .getByText('This reset link has expired or has already been used.')
      .waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
  });
});
