import type { Browser, Page } from 'playwright-core';
import { createAccount, openAsMember } from './support/accounts';
import { fillNewGroup } from './support/forms';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';

/**
 * On a phone: an organiser starts a group, invites a co-organiser who accepts through the link, and
 * a parent joins from the group's page after reading what joining means for her privacy, then leaves.
 */
describe('a person starts a group, shares it with a co-organiser, and a parent joins', () => {
  let browser: Browser;
  let organiser: Page;
  let coOrganiser: Page;
  let parent: Page;
  // Base-36, so screening does not read the name as a phone number.
  const groupName = `Little Owls Stay and Play ${Date.now().toString(36).slice(-4)}`;
  let groupUrl: string;
  let invitation: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const [khadija, bogdan, sana] = await Promise.all([
      createAccount('organise-organiser', 'Khadija'),
      createAccount('organise-co', 'Bogdan'),
      createAccount('organise-parent', 'Sana'),
    ]);
    organiser = await openAsMember(browser, khadija);
    coOrganiser = await openAsMember(browser, bogdan);
    parent = await openAsMember(browser, sana);
  });
  afterAll(() => browser?.close());

  it('the organiser starts a group from the home page, told what is missing first', async () => {
    await organiser.goto(villageUrl('/'));
    await organiser.getByRole('link', { name: 'Start a group' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Start a group' }).waitFor();

    await organiser.getByRole('button', { name: 'Start the group' }).click();
    await organiser.getByText('Choose the kind of group.').waitFor();
    expect(await organiser.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await expectAccessible(organiser, 'the new group form with its errors');

    await fillNewGroup(
      organiser,
      groupName,
      'Songs, toys and tea for parents and babies on Tuesday mornings.',
    );
    await organiser.getByRole('checkbox', { name: /Urdu/ }).check();
    await organiser.getByRole('textbox', { name: 'Website (optional)' }).fill('owls.example');
    await organiser.getByRole('button', { name: 'Start the group' }).click();
    await organiser
      .getByText('Write the website as a full address starting with https://', { exact: false })
      .waitFor();
    await screenshots(organiser, 'organise-new-group-en');
    await organiser
      .getByRole('textbox', { name: 'Website (optional)' })
      .fill('https://owls.example.org');
    await organiser.getByRole('button', { name: 'Start the group' }).click();

    await organiser.getByRole('heading', { level: 1, name: groupName }).waitFor();
    groupUrl = organiser.url();
    expect(new URL(groupUrl).pathname).toMatch(/^\/groups\/little-owls-stay-and-play-/);
    await organiser.getByText('You organise this group.').waitFor();
  });

  it('the organiser makes an invitation link from the organiser panel', async () => {
    const panel = organiser.getByRole('region', { name: 'For organisers' });
    await panel.getByRole('link', { name: 'Edit the group' }).waitFor();
    await panel.getByText('No member has chosen to show their name to organisers.').waitFor();
    await panel.getByRole('button', { name: 'Make an invitation link' }).click();
    const link = panel.getByRole('textbox', { name: 'Invitation link' });
    await link.waitFor();
    invitation = await link.inputValue();
    expect(invitation).toMatch(/\/invitations\/[\w-]{20,}$/);
    await panel.getByRole('list', { name: 'Open invitations' }).waitFor();
    await expectAccessible(organiser, 'the group page with the organiser panel');
    await screenshots(organiser, 'organise-organiser-panel-en');
  });

  it('the co-organiser accepts through the link and becomes an organiser', async () => {
    await coOrganiser.goto(invitation);
    await coOrganiser.getByRole('heading', { level: 2, name: /Organise/ }).waitFor();
    await coOrganiser.getByText('This invitation works until', { exact: false }).waitFor();
    await expectAccessible(coOrganiser, 'the invitation page');
    await coOrganiser.getByRole('button', { name: 'Become an organiser' }).click();
    await coOrganiser.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await coOrganiser.getByText('You organise this group.').waitFor();
    const organisers = coOrganiser
      .getByRole('region', { name: 'For organisers' })
      .getByRole('region', { name: 'Organisers' });
    await organisers.getByText('Khadija', { exact: true }).waitFor();
    await organisers.getByRole('button', { name: 'Step down as organiser' }).waitFor();

    // The link worked once.
    await parent.goto(invitation);
    await parent
      .getByText('This invitation link has expired, has already been used or was withdrawn', {
        exact: false,
      })
      .waitFor();
  });

  it('a parent reads what joining means for her privacy, joins, then leaves', async () => {
    await parent.goto(groupUrl);
    await parent.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await parent
      .getByRole('heading', { level: 3, name: 'What joining means for your privacy' })
      .waitFor();
    const sentence = parent.getByText('Only you will see that you belong to this group', {
      exact: false,
    });
    await sentence.waitFor();
    const join = parent.getByRole('button', { name: 'Join this group' });
    expect(await join.getAttribute('aria-describedby')).toBe(await sentence.getAttribute('id'));
    await expectAccessible(parent, 'the group page before joining');
    await screenshots(parent, 'organise-join-privacy-en');

    await join.click();
    await parent.getByText('You are a member of this group.').waitFor();
    await parent.getByText('3 members').waitFor();
    await parent.getByRole('button', { name: 'Leave this group' }).click();
    await parent.getByRole('button', { name: 'Join this group' }).waitFor();
    await parent.getByText('2 members').waitFor();
    expect(await parent.getByRole('region', { name: 'For organisers' }).count()).toBe(0);
  });

  it('the organiser reads the group page and its panel in Urdu, right to left', async () => {
    await organiser.goto(groupUrl);
    await organiser.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'اردو' });
    await organiser.getByRole('heading', { level: 2, name: 'منتظمین کے لیے' }).waitFor();
    await organiser.getByText('آپ اس گروپ کے منتظم ہیں۔').waitFor();
    expect(await organiser.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(organiser, 'the group page with the organiser panel in Urdu');
    await screenshots(organiser, 'organise-organiser-panel-ur');
  });
});
