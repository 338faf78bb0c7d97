import { latLngToCell } from 'h3-js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PASSWORD, createAccount, uniqueEmail } from './support/accounts';
import {
  expectAccessible,
  launchChromium,
  openPage,
  screenshots,
  villageUrl,
} from './support/browser';

// Somewhere in the demo town. The page may turn it into an area cell; it must never send it.
const HERE = { latitude: 53.79512, longitude: -1.75234 };

describe('signing up, out and in', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const email = uniqueEmail('amina');
  const sentBodies: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page } = await openPage(browser, undefined, {
      geolocation: HERE,
      permissions: ['geolocation'],
    }));
    page.on('request', (request) => {
      const body = request.postData();
      if (body) sentBodies.push(body);
    });
  });
  afterAll(() => browser?.close());

  const header = () => page.getByRole('banner');

  it('explains what is missing and moves focus to the first problem', async () => {
    await page.goto(villageUrl('/'));
    await header().getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await expectAccessible(page, 'the sign-up page');
    await screenshots(page, 'sign-up-en');

    await page.getByRole('button', { name: 'Create my account' }).click();

    const name = page.getByRole('textbox', { name: 'Your name' });
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // The message is read with the field: it describes it.
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent).join(' '),
      describedBy.split(' '),
    );
    expect(description).toContain("Enter the name you'd like people to see.");
    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    await expectAccessible(page, 'the sign-up page with errors');
  });

  it('creates the account with a rough area worked out on the device, and lands signed in', async () => {
    await page.getByRole('textbox', { name: 'Your name' }).fill('Amina');
    await page.getByRole('textbox', { name: 'Email address' }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('checkbox', { name: /Urdu/ }).check();
    await page.getByRole('button', { name: 'Use my rough area' }).click();
    await page.getByText('Your rough area is set. Your exact position was not kept.').waitFor();
    await page.getByRole('checkbox', { name: "I'm expecting a baby" }).check();
    const due = new Date();
    due.setUTCMonth(due.getUTCMonth() + 4);
    await page.getByLabel('Month the baby is due').fill(due.toISOString().slice(0, 7));

    await page.getByRole('button', { name: 'Create my account' }).click();

    await page.waitForURL(villageUrl('/privacy'));
    await page.getByRole('heading', { level: 1, name: 'Privacy and your data' }).waitFor();
    await page.getByText('Welcome to Village!', { exact: false }).waitFor();
    await header().getByRole('button', { name: 'Your account: Amina' }).waitFor();

    // Only the coarse cell left the device; the position itself was never sent.
    const signUp = sentBodies.find((body) => body.includes('mutation SignUp'));
    expect(JSON.parse(signUp!).variables.input.profile.areaCell).toBe(
      latLngToCell(HERE.latitude, HERE.longitude, 8),
    );
    for (const body of sentBodies) {
      expect(body).not.toContain(String(HERE.latitude));
      expect(body).not.toContain(String(HERE.longitude));
    }
  });

  it('shows the profile and this device on the account page', async () => {
    await header().getByRole('button', { name: 'Your account: Amina' }).click();
    await header().getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByText('Set (an area about 1 km across)').waitFor();
    await page.getByText(email).waitFor();
    const sessions = page.getByRole('region', { name: "Where you're signed in" });
    await sessions.getByRole('article', { name: /this device/ }).waitFor();
    await expectAccessible(page, 'the account page');
    await screenshots(page, 'account-en');
  });

  it('signs out from the header menu', async () => {
    const menuButton = header().getByRole('button', { name: 'Your account: Amina' });
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    // Escape closes the menu and gives focus back to its button.
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true);

    await menuButton.click();
    await header().getByRole('button', { name: 'Sign out' }).click();

    await page.waitForURL(villageUrl('/'));
    await page.getByText("You're signed out.").waitFor();
    await header().getByRole('link', { name: 'Sign in' }).waitFor();
    const cookies = await context.cookies(villageUrl('/'));
    expect(cookies.find((cookie) => cookie.name === 'village_session')).toBeUndefined();
  });

  it('signs back in, by keyboard alone, and returns to the page that asked', async () => {
    await page.goto(villageUrl('/privacy'));
    await page.waitForURL(villageUrl('/sign-in?next=%2Fprivacy'));
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page, 'the sign-in page');
    await screenshots(page, 'sign-in-en');

    await page.getByRole('textbox', { name: 'Email address' }).focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(villageUrl('/privacy'));
    await page.getByRole('heading', { level: 1, name: 'Privacy and your data' }).waitFor();
    await header().getByRole('button', { name: 'Your account: Amina' }).waitFor();
  });
});

describe('signing in with the wrong password', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser));
  });
  afterAll(() => browser?.close());

  it('says the email and password do not match, and focuses the message', async () => {
    const account = await createAccount('wrong-password', 'Ola');
    await page.goto(villageUrl('/sign-in'));
    await page.getByRole('textbox', { name: 'Email address' }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText('That email and password do not match.').waitFor();
    expect(await alert.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(page.url()).toBe(villageUrl('/sign-in'));
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await expectAccessible(page, 'the sign-in page with an error');
  });
});

describe('the new pages in Urdu, right to left', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser));
    await page.addInitScript(() => window.localStorage.setItem('village.language', 'ur'));
  });
  afterAll(() => browser?.close());

  it.each([
    ['/sign-in', 'سائن ان کریں', 'sign-in-ur'],
    ['/sign-up', 'اپنا اکاؤنٹ بنائیں', 'sign-up-ur'],
    ['/forgot-password', 'اپنا پاس ورڈ ری سیٹ کریں', 'forgot-password-ur'],
  ])('shows %s in Urdu', async (path, heading, name) => {
    await page.goto(villageUrl(path));
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page, `${path} in Urdu`);
    await screenshots(page, name);
  });
});
