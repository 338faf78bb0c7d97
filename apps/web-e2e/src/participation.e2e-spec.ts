import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember, type Account } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';
import { townDateTime } from './support/check-in';
import { addNewSpace, fillNewGroup, placeNear } from './support/forms';
import { JOURNEY_DOCUMENTS } from './support/journey-documents';

/** The demo town's postcode for its centre (the town generates one per ward centre). */
const POSTCODE = 'BD1 0AA';

/** Urdu as the parent's pages say it, from the app's own strings. */
const URDU = JSON.parse(
  readFileSync(join(__dirname, '../../web/src/i18n/locales/ur.json'), 'utf8'),
) as Record<string, unknown>;
function ur(key: string, values: Record<string, string> = {}): string {
  const text = key
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], URDU);
  if (typeof text !== 'string') throw new Error(`No Urdu string ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}
/** A string with a value inside it, as a pattern that matches whatever the value is. */
const urPattern = (key: string) =>
  new RegExp(
    `^${ur(key)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')}$`,
  );

/**
 * Issue 11 end to end, on phones: an organiser starts a group and publishes a fortnightly session at
 * a new space; a parent reading Village in Urdu finds it from a postcode, joins the group and says
 * she is going; the organiser cancels one date and the parent is told why on her upcoming page and
 * has the dates in her private calendar; at today's date the organiser ticks her on the register;
 * and two groups become partners.
 */
describe('taking part, from publishing to the register (phone, English and Urdu)', () => {
  let browser: Browser;
  let organiser: Page;
  let parent: Page;
  let partner: Page;
  const tag = Date.now().toString(36);
  const groupName = `Zz e2e Canal Families ${tag}`;
  const partnerName = `Zz e2e Library Rhymes ${tag}`;
  const title = `Zz e2e Bumps and Babies ${tag}`;
  const hall = `Zz e2e Mill Hall ${tag}`;
  const parentName = `Sana ${tag}`;
  const reason = 'The hall is flooded';
  let sessionUrl = '';
  let groupUrl = '';
  let partnerGroupId = '';
  let spot = { latitude: 0, longitude: 0 };

  beforeAll(async () => {
    browser = await launchChromium();
    spot = await placeNear(POSTCODE);
    const [halima, sana, tomasz]: Account[] = await Promise.all([
      createAccount('part-organiser', 'Halima'),
      createAccount('part-parent', parentName),
      createAccount('part-partner', 'Tomasz'),
    ]);
    ({
      createGroup: { id: partnerGroupId },
    } = await mustQuery<{ createGroup: { id: string } }>(
      tomasz!.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: partnerName, kind: 'PARENT_AND_BABY', languages: ['en', 'pl'] } },
    ));
    organiser = await openAsMember(browser, halima!);
    partner = await openAsMember(browser, tomasz!);
    parent = await openAsMember(browser, sana!);
    await parent.context().addInitScript(() => localStorage.setItem('village.language', 'ur'));
  });
  afterAll(() => browser?.close());

  it('the organiser starts a group and publishes a fortnightly session at a new space', async () => {
    await organiser.goto(villageUrl('/'));
    await organiser.getByRole('link', { name: 'Start a group' }).click();
    await fillNewGroup(organiser, groupName, 'Songs and tea for parents and babies by the canal.');
    await organiser.getByRole('button', { name: 'Start the group' }).click();
    await organiser.getByRole('heading', { level: 1, name: groupName }).waitFor();
    groupUrl = organiser.url();

    // Today's date began ten minutes ago, so its register and check-in are open later on.
    const start = townDateTime(new Date(Date.now() - 10 * 60_000));
    await organiser.getByRole('link', { name: 'New session' }).click();
    await organiser.getByRole('textbox', { name: 'Title' }).fill(title);
    await organiser.getByLabel('First date').fill(start.date);
    await organiser.getByLabel('Start time').fill(start.time);
    await organiser.getByLabel('Length in minutes').fill('120');
    await organiser.getByRole('radio', { name: 'Every other week' }).check();
    await organiser
      .getByRole('region', { name: 'Next dates' })
      .getByRole('listitem')
      .first()
      .waitFor();

    await addNewSpace(organiser, {
      name: hall,
      address: '1 Mill Lane',
      postcode: POSTCODE,
      ...spot,
    });
    await organiser.getByRole('button', { name: 'Publish session' }).click();
    await organiser.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await organiser.getByRole('heading', { level: 1, name: title }).waitFor();
    sessionUrl = organiser.url();
    await expectAccessible(organiser, 'the new session, as its organiser sees it');
    await screenshots(organiser, 'participation-session-organiser');
  });

  it('the parent finds it from the postcode in Urdu, joins the group and says she is going', async () => {
    await parent.goto(villageUrl('/discover'));
    // On a phone the filters fold away once the first search has results: open them.
    await parent.locator('section.discover-results').getByRole('article').first().waitFor();
    const filters = parent.locator('.discover-filters-panel__toggle');
    if ((await filters.getAttribute('aria-expanded')) === 'false') await filters.click();
    const postcode = parent.getByRole('textbox', {
      name: new RegExp(`^${ur('where.postcodeLabel')}`),
    });
    await postcode.fill(POSTCODE.toLowerCase());
    await postcode.press('Enter');
    // The postcode is isolated (FSI … PDI) so it keeps its own direction inside Urdu.
    await parent
      .getByRole('heading', { name: ur('where.resultsNear', { place: `\u2068${POSTCODE}\u2069` }) })
      .waitFor();
    await parent.getByRole('link', { name: title }).first().click();
    await parent.getByRole('heading', { level: 1, name: title }).waitFor();

    await parent.goto(groupUrl);
    await parent.getByRole('button', { name: ur('organise.join.join') }).click();
    await parent.getByText(ur('organise.join.youBelong')).waitFor();

    await parent.goto(sessionUrl);
    const going = parent.getByRole('region', { name: ur('going.heading') });
    await going.getByRole('checkbox', { name: ur('going.shareName') }).check();
    for (let date = 0; date < 2; date += 1) {
      const goingButtons = going.getByRole('button', { name: urPattern('going.goingOn') });
      // The dates load after the checkbox: count them once they are there.
      await goingButtons.first().waitFor();
      const before = await goingButtons.count();
      await goingButtons.first().click();
      await going
        .getByRole('button', { name: urPattern('going.cancelOn') })
        .nth(date)
        .waitFor();
      expect(await goingButtons.count()).toBe(before - 1);
    }
    await expectAccessible(parent, 'the session page in Urdu, going to two dates');
    await screenshots(parent, 'participation-going-ur');
  });

  it('the organiser cancels the second date, saying why', async () => {
    await organiser.goto(sessionUrl);
    await organiser.getByRole('link', { name: 'Manage dates' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Manage dates' }).waitFor();
    const second = organiser.getByRole('listitem').nth(1);
    await second.getByRole('button', { name: 'Cancel this date' }).click();
    await second.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await second.getByRole('button', { name: 'Cancel the date' }).click();
    await organiser.getByText(`Reason: ${reason}`).first().waitFor();
  });

  it('the parent is told on her upcoming page, and has her dates in her private calendar', async () => {
    await parent.goto(villageUrl('/upcoming'));
    const dates = parent.getByRole('region', { name: ur('going.upcoming.datesHeading') });
    const cancelled = dates
      .getByRole('listitem')
      .filter({ hasText: ur('going.upcoming.cancelledReason', { reason }) });
    await cancelled.getByRole('link', { name: title }).waitFor();
    await dates
      .getByRole('listitem')
      .filter({ hasText: ur('going.upcoming.statusGoing') })
      .getByRole('link', { name: title })
      .waitFor();

    await parent.getByRole('button', { name: ur('going.calendar.create') }).click();
    const address = await parent
      .getByRole('textbox', { name: ur('going.calendar.address') })
      .inputValue();
    const feed = await (await fetch(address.replace(/^webcal:/, 'http:'))).text();
    expect(feed).toContain('BEGIN:VCALENDAR');
    expect(feed).toContain(title);
    await expectAccessible(parent, 'the upcoming page in Urdu');
    await screenshots(parent, 'participation-upcoming-ur');
  });

  it("the organiser takes today's register and ticks her; she sees she was there", async () => {
    await organiser.goto(sessionUrl);
    await organiser
      .getByRole('region', { name: 'Register' })
      .getByRole('link', { name: /^Take the register for / })
      .click();
    await organiser.getByRole('heading', { level: 1, name: `Register: ${title}` }).waitFor();
    await organiser.getByRole('checkbox', { name: parentName }).check();
    await organiser.getByText('Saved').first().waitFor();
    await expectAccessible(organiser, 'the register');
    await screenshots(organiser, 'participation-register');

    await parent.goto(villageUrl('/attendance'));
    await parent.getByRole('link', { name: title }).waitFor();
    await parent.getByText(ur('checkIn.mine.register')).waitFor();
    await expectAccessible(parent, 'the sessions I went to, in Urdu');
  });

  it('two groups become partners, shown on both pages', async () => {
    await organiser.goto(groupUrl);
    const panel = organiser.getByRole('region', { name: 'Partner groups' });
    await panel.getByRole('textbox', { name: /Find a group by name/ }).fill(partnerName);
    await panel.getByRole('button', { name: 'Search' }).click();
    await panel.getByRole('button', { name: `Choose ${partnerName}` }).click();
    await panel.getByRole('button', { name: `Propose a partnership to ${partnerName}` }).click();
    await panel.getByText(`Proposal sent to ${partnerName}.`, { exact: false }).waitFor();

    await partner.goto(villageUrl(`/groups/${partnerGroupId}`));
    const theirs = partner.getByRole('region', { name: 'Partner groups' });
    await theirs
      .getByRole('button', { name: `Accept the partnership proposed by ${groupName}` })
      .click();
    await theirs.getByRole('link', { name: groupName }).waitFor();

    await organiser.reload();
    await organiser
      .getByRole('region', { name: 'Partner groups' })
      .getByRole('link', { name: partnerName })
      .waitFor();
    await expectAccessible(organiser, 'the group page with its partner');
  });
});
