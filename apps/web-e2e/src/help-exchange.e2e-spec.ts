import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import { latLngToCell } from 'h3-js';
import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember, setRoughArea } from './support/accounts';
import {
  DESKTOP,
  expectAccessible,
  launchChromium,
  screenshots,
  villageUrl,
} from './support/browser';

/** About 45 km from the demo town, so the only posts in this area are the journey's own. */
const AREA = latLngToCell(53.6, -2.3, 8);
const TITLE = 'Baby clothes 0–6 months';

describe('a mosque offers baby clothes and a parent nearby receives them', () => {
  let browser: Browser;
  let organiser: Page;
  let parent: Page;
  let groupName: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const khadija = await createAccount('help-organiser', 'Khadija');
    const sana = await createAccount('help-parent', 'Sana');
    await setRoughArea(khadija, AREA, { languages: ['en', 'ur'] });
    await setRoughArea(sana, AREA, { languages: ['en', 'ur'] });
    groupName = `Masjid Noor Sisters ${Date.now() % 100_000}`;
    await mustQuery(khadija.session, JOURNEY_DOCUMENTS.createGroup, {
      input: { name: groupName, kind: 'FAITH', languages: ['ur', 'en'] },
    });
    organiser = await openAsMember(browser, khadija, DESKTOP);
    parent = await openAsMember(browser, sana);
  });
  afterAll(() => browser?.close());

  it('the parent is on the help board for her area', async () => {
    await parent.goto(villageUrl('/help'));
    await parent.getByRole('heading', { level: 1, name: 'Help board' }).waitFor();
    await parent.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'My area' });
    await parent.waitForURL(/area=/);
    expect(new URL(parent.url()).searchParams.get('area')).toBe(AREA);
    await parent.getByText('Nothing matches these filters yet.', { exact: false }).waitFor();
    await parent.getByText('New posts in this area appear here as they are posted.').waitFor();
  });

  it('the organiser posts an offer for her group, checked before it is sent', async () => {
    await organiser.goto(villageUrl('/help/mine'));
    await organiser.getByRole('heading', { level: 1, name: 'My posts and exchanges' }).waitFor();
    await organiser.getByRole('link', { name: 'Post an offer or a request' }).first().click();
    await organiser
      .getByRole('heading', { level: 1, name: 'Post an offer or a request' })
      .waitFor();

    await organiser.getByRole('button', { name: 'Post it' }).click();
    await organiser.getByText('Choose whether this is an offer or a request.').waitFor();
    expect(await organiser.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'OFFER',
    );
    await expectAccessible(organiser, 'the post form with its errors');
    await screenshots(organiser, 'help-post-form-en');

    await organiser.getByRole('combobox', { name: 'Post as' }).selectOption({ label: groupName });
    await organiser.getByRole('radio', { name: 'An offer: I can help' }).check();
    await organiser
      .getByRole('combobox', { name: 'Category' })
      .selectOption({ label: 'Baby things' });
    await organiser.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await organiser
      .getByRole('textbox', { name: 'More about it (optional)' })
      .fill('Three bags, washed and folded. Collect from the mosque.');
    await organiser
      .getByRole('group', { name: 'Saturday' })
      .getByRole('checkbox', { name: 'morning' })
      .check();
    await organiser.getByRole('spinbutton', { name: 'How many (optional)' }).fill('3');
    await organiser.getByText('Using the rough area from your profile.').waitFor();
    await organiser.getByRole('button', { name: 'Post it' }).click();

    await organiser.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await organiser.getByText('Your post is on the help board.').waitFor();
    await organiser.getByRole('link', { name: groupName }).waitFor();
  });

  it('the parent sees it appear without reloading, and responds', async () => {
    const card = parent.getByRole('article', { name: TITLE });
    await card.waitFor();
    await card.getByText('New', { exact: true }).waitFor();
    await card.getByText('Saturday: morning').waitFor();
    await expectAccessible(parent, 'the help board with a new post');
    await screenshots(parent, 'help-board-live-en');

    await card.getByRole('link', { name: TITLE }).click();
    await parent.getByRole('heading', { level: 2, name: 'Ask for this' }).waitFor();
    await expectAccessible(parent, 'a help post');
    const message = parent.getByRole('textbox', { name: 'Your message' });
    await message.fill('Salaam! My number is 07700 900123');
    await parent.getByText('This looks like a phone number.', { exact: false }).waitFor();
    await parent.getByRole('button', { name: 'Send and start a conversation' }).click();
    expect(await message.getAttribute('aria-invalid')).toBe('true');

    await message.fill('Salaam! Could I have them for my two-month-old?');
    await parent.getByRole('button', { name: 'Send and start a conversation' }).click();
    await parent.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await parent.getByText(`\u2068${groupName}\u2069 is helping you.`, { exact: false }).waitFor();
  });

  it('they agree in the conversation, live on both sides', async () => {
    await organiser.goto(villageUrl('/help/mine'));
    const exchanges = organiser.getByRole('region', {
      name: `Exchanges about \u2068${groupName}\u2069's posts`,
    });
    await exchanges.getByRole('link', { name: TITLE }).click();
    await organiser.getByText('Salaam! Could I have them for my two-month-old?').waitFor();
    await organiser.getByText("You're helping \u2068Sana\u2069.", { exact: false }).waitFor();
    await organiser.getByRole('button', { name: 'Say yes' }).click();
    await organiser
      .getByText("You've said yes. Waiting for \u2068Sana\u2069 to say yes too.")
      .waitFor();

    await parent
      .getByText(`\u2068${groupName}\u2069 has said yes. Say yes too when you're ready.`)
      .waitFor();
    await parent.getByRole('textbox', { name: 'Message' }).fill('Saturday at 11 at the mosque?');
    await parent.getByRole('button', { name: 'Send', exact: true }).click();
    await organiser.getByText('Saturday at 11 at the mosque?').waitFor();
    await parent.getByRole('button', { name: 'Say yes' }).click();
    await parent.getByText("You've both said yes. Mark it done once it has happened.").waitFor();
    await organiser.getByText("You've both said yes. Mark it done once it has happened.").waitFor();
    await expectAccessible(parent, 'an agreed exchange');
    await screenshots(parent, 'help-exchange-en');
  });

  it('the organiser marks it done, the parent thanks her and answers privately', async () => {
    await organiser.getByRole('button', { name: 'Mark it done' }).click();
    await organiser.getByText(/^Done on/).waitFor();
    await parent.getByText(/^Done on/).waitFor();

    const thanks = parent.getByRole('region', { name: 'Thanks' });
    await thanks
      .getByRole('textbox', { name: `Say thank you to \u2068${groupName}\u2069` })
      .fill('Thank you so much, they fit perfectly!');
    await thanks.getByRole('button', { name: 'Send thanks' }).click();
    await thanks.locator('blockquote', { hasText: 'Thank you so much' }).waitFor();
    await organiser
      .getByRole('region', { name: 'Thanks' })
      .locator('blockquote', { hasText: 'Thank you so much' })
      .waitFor();
    // Her thanks came back by the mutation and by the live update: shown once all the same.
    expect(await thanks.locator('blockquote').count()).toBe(1);

    const feedback = parent.getByRole('region', { name: 'How did it feel?' });
    await feedback.getByText('only counted in totals of 5 or more', { exact: false }).waitFor();
    for (const question of [
      'Did you feel welcome?',
      'Did you feel listened to?',
      'Would you meet again?',
    ])
      await feedback
        .getByRole('group', { name: question })
        .getByRole('radio', { name: 'Yes' })
        .check();
    await expectAccessible(parent, 'a fulfilled exchange with thanks and feedback');
    await screenshots(parent, 'help-fulfilled-en');
    await feedback.getByRole('button', { name: 'Send my answers privately' }).click();
    await feedback.getByText('Thank you. Your answers are kept private.').waitFor();
  });

  it('reads right to left in Urdu: the exchange, the board and the form', async () => {
    await parent.evaluate(() => window.localStorage.setItem('village.language', 'ur'));
    await parent.reload();
    await parent.getByRole('heading', { level: 2, name: 'بات چیت' }).waitFor();
    expect(await parent.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(parent, 'an exchange in Urdu');
    await screenshots(parent, 'help-exchange-ur');

    await parent.goto(villageUrl('/help'));
    await parent.getByRole('heading', { level: 1, name: 'مدد کا بورڈ' }).waitFor();
    await parent.getByRole('article').first().waitFor();
    await expectAccessible(parent, 'the help board in Urdu');
    await screenshots(parent, 'help-board-ur');

    await parent.goto(villageUrl('/help/new'));
    await parent.getByRole('group', { name: 'یہ پیشکش ہے یا درخواست؟' }).waitFor();
    await expectAccessible(parent, 'the post form in Urdu');
    await screenshots(parent, 'help-post-form-ur');

    await parent.goto(villageUrl('/help/mine'));
    await parent.getByRole('heading', { level: 1, name: 'میری پوسٹیں اور تبادلے' }).waitFor();
    await parent.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(parent, 'my posts and exchanges in Urdu');
    await screenshots(parent, 'help-mine-ur');
  });
});
