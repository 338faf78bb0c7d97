import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsNewMember, type Account } from './support/accounts';
import {
  DESKTOP,
  expectAccessible,
  launchChromium,
  screenshots,
  villageUrl,
} from './support/browser';

describe('choosing who can see me', () => {
  let browser: Browser;
  let page: Page;
  let account: Account;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, account } = await openAsNewMember(browser, 'privacy', 'Bushra'));
  });
  afterAll(() => browser?.close());

  const findable = () => page.getByRole('switch', { name: 'Parents nearby can find me' });
  const organisers = () =>
    page.getByRole('switch', { name: 'Organisers of my groups can see my details' });

  it('starts with everything private, each choice explained', async () => {
    await page.goto(villageUrl('/privacy'));
    await page.getByRole('heading', { level: 1, name: 'Privacy and your data' }).waitFor();
    expect(await findable().isChecked()).toBe(false);
    expect(await organisers().isChecked()).toBe(false);
    await page.getByText('No organisation can see your details.').waitFor();
    await page.getByText('Nobody else has looked at your details.').waitFor();
    // The switch is described by the plain words above it.
    const description = await findable().evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('roughly how far away you are');
    await expectAccessible(page, 'the privacy page');
    await screenshots(page, 'privacy-en');
  });

  it('turns being findable on, keeps it after a reload, and turns it off again', async () => {
    await findable().check();
    await page.getByText('Turned on: parents nearby at the same stage can now find you.').waitFor();
    // Nobody can match a profile without an area and a family stage: the page says so.
    await page.getByText('Nobody can find you yet', { exact: false }).waitFor();

    await page.reload();
    await findable().waitFor();
    expect(await findable().isChecked()).toBe(true);
    expect(await organisers().isChecked()).toBe(false);

    await findable().uncheck();
    await page
      .getByText('Turned off: parents nearby can no longer find you.', { exact: false })
      .waitFor();
    await page.reload();
    await findable().waitFor();
    expect(await findable().isChecked()).toBe(false);

    const { me } = await mustQuery<{ me: { consents: { kind: string; inForce: boolean }[] } }>(
      account.session,
      JOURNEY_DOCUMENTS.myConsents,
    );
    expect(me.consents).toEqual([{ kind: 'FINDABLE_BY_NEARBY_PARENTS', inForce: false }]);
  });

  it('lets an organisation support me for a stated purpose, and withdraws it', async () => {
    const picker = page.getByRole('combobox', { name: 'Organisation' });
    await picker.waitFor();
    const firstOrganisation = picker.locator('optgroup option').first();
    const name = (await firstOrganisation.textContent())!;
    await picker.selectOption({ label: name });
    await page.getByRole('textbox', { name: 'What would you like support with?' }).fill('ab');
    await page.getByRole('button', { name: 'Give permission' }).click();
    await page.getByText("Say in a few words what you'd like support with.").waitFor();

    await page
      .getByRole('textbox', { name: 'What would you like support with?' })
      .fill('Settling in after moving here with a newborn');
    await page.getByRole('button', { name: 'Give permission' }).click();
    const card = page.getByRole('article', { name });
    await card.getByText('Settling in after moving here with a newborn').waitFor();

    await page.reload();
    await card.waitFor();
    await expectAccessible(page, 'the privacy page with an organisation');

    await card.getByRole('button', { name: `Withdraw permission for ${name}` }).click();
    await page.getByText('can no longer see your details.', { exact: false }).waitFor();
    await card.waitFor({ state: 'detached' });
    await page.getByText('No organisation can see your details.').waitFor();
  });

  it("lists an organiser's look at my details, with their group", async () => {
    // Another member starts a group; I join it and let its organisers see me; they look.
    const organiser = await createAccount('organiser', 'Grace');
    const { createGroup } = await mustQuery<{ createGroup: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: `Zz e2e stay and play ${Date.now().toString(36)}`, kind: 'CIVIC' } },
    );
    await mustQuery(account.session, JOURNEY_DOCUMENTS.joinGroup, {
      id: createGroup.id,
    });
    await organisers().check();
    await page.getByText('Turned on: organisers of your groups', { exact: false }).waitFor();
    const { groupMembers } = await mustQuery<{
      groupMembers: { edges: { node: { displayName: string; languages: string[] } }[] };
    }>(organiser.session, JOURNEY_DOCUMENTS.groupMembers, { id: createGroup.id });
    expect(groupMembers.edges.map((edge) => edge.node.displayName)).toContain('Bushra');

    await page.reload();
    const log = page.getByRole('region', { name: 'Who looked at your data' });
    await log.getByText('Grace', { exact: true }).waitFor();
    await log.getByText('looked at your languages').waitFor();
    // Names inside a sentence are isolated (U+2068…U+2069) so they keep their own direction.
    await log
      .getByText(/^As an organiser of \u2068Zz e2e stay and play [0-9a-z]+\u2069$/)
      .waitFor();
  });

  it('reads right to left in Urdu', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'اردو' });
    await page.getByRole('heading', { level: 1, name: 'رازداری اور آپ کا ڈیٹا' }).waitFor();
    await page.getByRole('switch', { name: 'قریبی والدین مجھے ڈھونڈ سکتے ہیں' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page, 'the privacy page in Urdu');
    await screenshots(page, 'privacy-ur');

    await page.goto(villageUrl('/account'));
    await page.getByRole('heading', { level: 1, name: 'آپ کا اکاؤنٹ' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'آپ کہاں سائن ان ہیں' }).waitFor();
    await expectAccessible(page, 'the account page in Urdu');
    await screenshots(page, 'account-ur');
  });

  it('opens the account menu on a desktop in Urdu', async () => {
    await page.setViewportSize(DESKTOP);
    await page.getByRole('banner').getByRole('button', { name: 'آپ کا اکاؤنٹ: Bushra' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'رازداری اور آپ کا ڈیٹا' }).waitFor();
    await page.screenshot({ path: `${__dirname}/../artifacts/account-menu-ur-desktop.png` });
  });
});
