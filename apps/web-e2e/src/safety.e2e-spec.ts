import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import { latLngToCell } from 'h3-js';
import type { Browser, Page } from 'playwright-core';
import {
  createAccount,
  mustQuery,
  openAsMember,
  setRoughArea,
  signInAccount,
  type Account,
} from './support/accounts';
import {
  DESKTOP,
  expectAccessible,
  launchChromium,
  screenshots,
  villageUrl,
} from './support/browser';

/** Far from the demo town and from the other journeys' areas: the only post here is this one. */
const AREA = latLngToCell(53.45, -2.6, 8);
const TITLE = 'Pushchair, barely used';
const CONCERN = 'The person offering this asked where my baby sleeps and when I am home alone.';
const HELD_TITLE = 'Outgrown baby clothes';

describe('a parent reports a post and raises a concern; moderation and safeguarding stay apart', () => {
  let browser: Browser;
  let parent: Page;
  let admin: Page;
  let lead: Page;
  let postId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const author = await createAccount('safety-author', 'Dariusz');
    const sana: Account = await createAccount('safety-parent', 'Sana');
    for (const account of [author, sana]) await setRoughArea(account, AREA);
    const created = await mustQuery<{ createHelpPost: { id: string } }>(
      author.session,
      JOURNEY_DOCUMENTS.createHelpPost,
      {
        input: {
          kind: 'OFFER',
          category: 'BABY_ITEMS',
          title: TITLE,
          description: 'Folds flat, fits on the bus.',
          areaCell: AREA,
        },
      },
    );
    postId = created.createHelpPost.id;
    parent = await openAsMember(browser, sana);
    admin = await openAsMember(
      browser,
      await signInAccount('admin@village.test', 'Admin'),
      DESKTOP,
    );
    lead = await openAsMember(browser, await signInAccount('lead@village.test', 'Lead'), DESKTOP);
  });
  afterAll(() => browser?.close());

  it('the safeguarding lead has the concerns page open, reached from the navigation', async () => {
    await lead.goto(villageUrl('/'));
    await lead.getByRole('link', { name: 'Safeguarding', exact: true }).click();
    await lead.getByRole('heading', { level: 1, name: 'Safeguarding concerns' }).waitFor();
    await lead.getByRole('combobox', { name: 'Show' }).waitFor();
    expect(await lead.getByRole('link', { name: 'Moderation' }).count()).toBe(0);
  });

  it('the parent reports the post, and is thanked without being told anything more', async () => {
    await parent.goto(villageUrl(`/help/posts/${postId}`));
    await parent.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await parent.getByRole('button', { name: 'Report this post' }).click();
    await parent.getByRole('button', { name: 'Send report' }).click();
    await parent.getByText('Choose what is wrong.').waitFor();
    await parent.getByRole('radio', { name: 'It could put someone at risk' }).check();
    await parent
      .getByRole('textbox', { name: 'Anything the moderators should know (optional)' })
      .fill('Asked me personal questions about my baby.');
    await expectAccessible(parent, 'the report form');
    await screenshots(parent, 'safety-report-form-en');
    await parent.getByRole('button', { name: 'Send report' }).click();
    await parent
      .getByText('Thank you. The moderators will look at it. Nobody is told who reported it.')
      .waitFor();
  });

  it('raises a safeguarding concern from the post: it reaches the lead live', async () => {
    await parent.getByRole('button', { name: 'Block \u2068Dariusz\u2069' }).waitFor();
    await parent
      .getByRole('link', { name: 'Raise a safeguarding concern with the safeguarding lead' })
      .click();
    await parent.getByRole('heading', { level: 1, name: 'Raise a safeguarding concern' }).waitFor();
    await parent.getByText(/goes to the town's safeguarding lead only/).waitFor();
    await parent.getByText('This concern will be linked to the post you came from.').waitFor();
    await parent.getByRole('textbox', { name: 'What worries you?' }).fill(CONCERN);
    await parent.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
    await parent.getByText(/The safeguarding lead has your concern/).waitFor();
    const mine = parent.getByRole('region', { name: 'Concerns you raised' });
    await mine.getByText(CONCERN).waitFor();
    await mine.getByText('Raised', { exact: true }).waitFor();
    await expectAccessible(parent, 'the concern form and my concerns');
    await screenshots(parent, 'safety-concern-en');

    const card = lead.getByRole('article', { name: 'Raised by \u2068Sana\u2069 New' });
    await card.getByText(CONCERN).waitFor();
    await card.getByRole('link', { name: TITLE }).waitFor();
    await lead.getByText('A new concern from \u2068Sana\u2069 is at the top.').waitFor();
    await card.getByRole('combobox', { name: 'Where it stands' }).selectOption('IN_PROGRESS');
    await card.getByRole('textbox', { name: 'Your notes' }).fill('Called the family hub.');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Saved.').waitFor();
    await expectAccessible(lead, 'the safeguarding concerns page');
    await screenshots(lead, 'safety-concerns-lead-en');

    await parent.reload();
    await parent
      .getByRole('region', { name: 'Concerns you raised' })
      .getByText('Being looked into')
      .waitFor();
    expect(await parent.getByText('Called the family hub.').count()).toBe(0);
  });

  it('an admin moderates the report, never sees the concern, and removes the post', async () => {
    await admin.goto(villageUrl('/'));
    await admin.getByRole('link', { name: 'Moderation' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    const item = admin.getByRole('article', { name: `Post: ${TITLE}` });
    await item.getByText(/Reported: It could put someone at risk/).waitFor();
    await item.getByText('Asked me personal questions about my baby.').waitFor();
    expect(await admin.getByText(CONCERN).count()).toBe(0);
    await expectAccessible(admin, 'the moderation queue');
    await screenshots(admin, 'safety-moderation-en');

    expect(await admin.getByRole('link', { name: 'Safeguarding', exact: true }).count()).toBe(0);
    await admin.goto(villageUrl('/safeguarding/concerns'));
    await admin.getByText('This page is for the safeguarding lead.').waitFor();
    expect(await admin.getByText(CONCERN).count()).toBe(0);

    await admin.goto(villageUrl('/moderation'));
    await item.getByRole('button', { name: 'Remove' }).click();
    await item.getByRole('button', { name: 'Remove it' }).click();
    await admin.getByText(`Removed: \u2068${TITLE}\u2069.`).waitFor();
    expect(await item.count()).toBe(0);
  });

  it('the post has left the help board', async () => {
    await parent.goto(villageUrl(`/help?area=${AREA}`));
    await parent.getByRole('heading', { level: 1, name: 'Help board' }).waitFor();
    await parent.getByText('Nothing matches these filters yet.', { exact: false }).waitFor();
    expect(await parent.getByRole('article', { name: TITLE }).count()).toBe(0);
  });

  it('a post that screening holds waits for a moderator, its author told so, until released', async () => {
    await parent.goto(villageUrl('/help/new'));
    await parent.getByRole('radio', { name: 'An offer: I can help' }).check();
    await parent.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Baby things' });
    await parent.getByRole('textbox', { name: 'Title' }).fill(HELD_TITLE);
    await parent
      .getByRole('textbox', { name: 'More about it (optional)' })
      .fill('Send me photos of your children first so I know the sizes.');
    await parent.getByText('Using the rough area from your profile.').waitFor();
    await parent.getByRole('button', { name: 'Post it' }).click();
    await parent.getByRole('heading', { level: 1, name: HELD_TITLE }).waitFor();
    await parent
      .getByText('Your post is saved. A moderator will check it before it goes on the help board.')
      .waitFor();
    await parent.getByText(/^Waiting for a moderator: it goes on the help board/).waitFor();
    await screenshots(parent, 'safety-held-post-en');

    await admin.goto(villageUrl('/moderation'));
    const item = admin.getByRole('article', { name: `Post: ${HELD_TITLE}` });
    await item.getByText(/Asks for photos or videos of children/).waitFor();
    await item.getByRole('button', { name: /^Release/ }).click();
    await admin.getByText(`Released: \u2068${HELD_TITLE}\u2069.`).waitFor();

    await parent.goto(villageUrl(`/help?area=${AREA}`));
    await parent.getByRole('article', { name: HELD_TITLE }).waitFor();
  });

  it('reads right to left in Urdu: the concern page and the blocked list', async () => {
    await parent.evaluate(() => window.localStorage.setItem('village.language', 'ur'));
    await parent.goto(villageUrl('/safeguarding'));
    await parent.getByRole('heading', { level: 1, name: 'تحفظ کا خدشہ بتائیں' }).waitFor();
    await parent
      .getByRole('region', { name: 'آپ کے بتائے ہوئے خدشات' })
      .getByText(CONCERN)
      .waitFor();
    expect(await parent.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(parent, 'the concern page in Urdu');
    await screenshots(parent, 'safety-concern-ur');
    await parent.goto(villageUrl('/privacy'));
    await parent.getByText('آپ نے کسی کو بلاک نہیں کیا۔').waitFor();
    await screenshots(parent, 'safety-privacy-ur');
  });
});
