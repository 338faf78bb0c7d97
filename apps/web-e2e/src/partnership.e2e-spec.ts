import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember, type Account } from './support/accounts';
import {
  expectAccessible,
  launchChromium,
  openPage,
  screenshots,
  villageUrl,
} from './support/browser';
import { JOURNEY_DOCUMENTS } from './support/journey-documents';

/** A name no earlier run used: base-36, so screening never reads it as a phone number. */
const tag = Date.now().toString(36);

async function groupOf(account: Account, name: string): Promise<string> {
  const { createGroup } = await mustQuery<{ createGroup: { id: string } }>(
    account.session,
    JOURNEY_DOCUMENTS.createGroup,
    { input: { name, kind: 'CIVIC', description: 'A journey group.' } },
  );
  return createGroup.id;
}

describe('two groups form a partnership', () => {
  let browser: Browser;
  let amina: Page;
  let bartek: Page;
  const mosqueName = `Green Lane Coffee ${tag}`;
  const clubName = `Canal Walkers ${tag}`;
  let mosqueId: string;
  let clubId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const [a, b] = await Promise.all([
      createAccount('partner-a', 'Amina P.'),
      createAccount('partner-b', 'Bartek P.'),
    ]);
    [mosqueId, clubId] = await Promise.all([groupOf(a, mosqueName), groupOf(b, clubName)]);
    [amina, bartek] = await Promise.all([openAsMember(browser, a), openAsMember(browser, b)]);
  });
  afterAll(() => browser?.close());

  it('one proposes from its group page, the other accepts, and both pages show the partner', async () => {
    // Amina, organiser of the first group, finds the second by name and proposes.
    await amina.goto(villageUrl(`/groups/${mosqueId}`));
    const panel = amina.getByRole('region', { name: 'Partner groups' });
    await panel.getByText('No partner groups yet.').waitFor();
    await panel.getByRole('textbox', { name: /Find a group by name/ }).fill(clubName);
    await panel.getByRole('button', { name: 'Search' }).click();
    await panel.getByRole('button', { name: `Choose ${clubName}` }).click();
    await panel
      .getByRole('textbox', { name: `A note to the organisers of ${clubName}` })
      .fill('A family walk after Friday coffee?');
    await panel.getByRole('button', { name: `Propose a partnership to ${clubName}` }).click();
    await panel.getByText(`Proposal sent to ${clubName}.`, { exact: false }).waitFor();
    await panel.getByRole('button', { name: `Withdraw the proposal to ${clubName}` }).waitFor();
    await expectAccessible(amina, 'a group page with a partnership proposal sent');

    // Bartek, organiser of the second, sees it waiting with the note, and accepts.
    await bartek.goto(villageUrl(`/groups/${clubId}`));
    const theirs = bartek.getByRole('region', { name: 'Partner groups' });
    await theirs.getByText('A family walk after Friday coffee?').waitFor();
    await expectAccessible(bartek, 'a group page with a partnership proposal received');
    await screenshots(bartek, 'partnership-proposal-en');
    await theirs
      .getByRole('button', { name: `Accept the partnership proposed by ${mosqueName}` })
      .click();
    await theirs
      .getByRole('list', { name: 'Partner groups' })
      .getByRole('link', { name: mosqueName })
      .waitFor();

    // Both groups' pages show the partnership, to anyone.
    const { page: visitor } = await openPage(browser);
    for (const [groupId, partner] of [
      [mosqueId, clubName],
      [clubId, mosqueName],
    ] as const) {
      await visitor.goto(villageUrl(`/groups/${groupId}`));
      const partners = visitor
        .getByRole('region', { name: 'Partner groups' })
        .getByRole('list', { name: 'Partner groups' });
      await partners.getByRole('link', { name: partner }).waitFor();
    }
    await expectAccessible(visitor, 'a group page with a partner group');
    await screenshots(visitor, 'partnership-en');

    // And the visitor can follow the partner link to the other group.
    await visitor.getByRole('link', { name: mosqueName }).click();
    await visitor.getByRole('heading', { level: 1, name: mosqueName }).waitFor();
  });

  it('reads in Urdu, right to left, and either group can end the partnership', async () => {
    await bartek.goto(villageUrl(`/groups/${clubId}`));
    await bartek.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'اردو' });
    const panel = bartek.getByRole('region', { name: 'شراکت دار گروپ' });
    await panel
      .getByRole('list', { name: 'شراکت دار گروپ' })
      .getByRole('link', { name: mosqueName })
      .waitFor();
    expect(await bartek.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(bartek, 'a group page with a partner group, in Urdu');
    await screenshots(bartek, 'partnership-ur');

    bartek.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: `${mosqueName} کے ساتھ شراکت ختم کریں` }).click();
    await panel.getByText('ابھی کوئی شراکت دار گروپ نہیں۔').waitFor();

    await amina.goto(villageUrl(`/groups/${mosqueId}`));
    await amina
      .getByRole('region', { name: 'Partner groups' })
      .getByText('No partner groups yet.')
      .waitFor();
  });
});
