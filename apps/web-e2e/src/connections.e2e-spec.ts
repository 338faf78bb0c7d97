import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsNewMember } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';

/** A base-36 tag, so this run's names are its own (and screening sees no phone number in them). */
const tag = Date.now().toString(36);

/**
 * On a phone: a parent who joined a group finds the connection on "Your connections" with why in
 * words, hides it, shows it again, and removes it after confirming (docs/social-graph.md).
 */
describe('my connections, with why, hidden and removed', () => {
  let browser: Browser;
  let page: Page;
  const groupName = `Zz e2e Knit and Natter ${tag}`;

  beforeAll(async () => {
    browser = await launchChromium();
    const organiser = await createAccount('connections-organiser', 'Halima');
    const { createGroup } = await mustQuery<{ createGroup: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: groupName, kind: 'PARENT_AND_BABY' } },
    );
    const zofia = await openAsNewMember(browser, 'connections', 'Zofia');
    page = zofia.page;
    await mustQuery(zofia.account.session, JOURNEY_DOCUMENTS.joinGroup, { id: createGroup.id });
  });
  afterAll(() => browser?.close());

  const shown = () => page.getByRole('list', { name: 'Your connections, most recent first' });
  const hidden = () => page.getByRole('list', { name: 'Connections you hid, most recent first' });

  it('lists the connection from the account menu, with why in words', async () => {
    await page.goto(villageUrl('/'));
    await page.getByRole('button', { name: 'Your account: Zofia' }).click();
    await page.getByRole('link', { name: 'Your connections' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your connections' }).waitFor();
    await shown().getByRole('link', { name: groupName }).waitFor();
    await shown().getByText(`You joined ${groupName} on`, { exact: false }).waitFor();
    await page.getByText('You have not hidden any connections.').waitFor();
    await expectAccessible(page, 'your connections');
    await screenshots(page, 'connections-en');
  });

  it('hides it, lists it among the hidden, and shows it again', async () => {
    await page.getByRole('button', { name: `Hide your connection with ${groupName}` }).click();
    await page.getByText(`Hidden: ${groupName}.`, { exact: false }).waitFor();
    await hidden().getByRole('link', { name: groupName }).waitFor();
    await page.getByText('No connections yet.', { exact: false }).waitFor();
    await expectAccessible(page, 'your connections with one hidden');

    await page
      .getByRole('button', { name: `Show your connection with ${groupName} again` })
      .click();
    await shown().getByRole('link', { name: groupName }).waitFor();
    await page.getByText('You have not hidden any connections.').waitFor();
  });

  it('removes it after asking, and it stays gone after a reload', async () => {
    await page.getByRole('button', { name: `Remove your connection with ${groupName}` }).click();
    await page
      .getByRole('heading', { name: `Remove your connection with ${groupName}?` })
      .waitFor();
    await expectAccessible(page, 'removing a connection');
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText(`Your connection with ${groupName} was removed.`).waitFor();
    await page.reload();
    await page.getByText('No connections yet.', { exact: false }).waitFor();
  });
});
