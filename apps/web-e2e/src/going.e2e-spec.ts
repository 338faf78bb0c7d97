import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsNewMember } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';

/** A base-36 tag, so this run's names are its own (and screening sees no phone number in them). */
const tag = Date.now().toString(36);

describe("saying I'm going to a session date", () => {
  let browser: Browser;
  let page: Page;
  let sessionId = '';
  const title = `Zz e2e Rhyme and Play ${tag}`;

  beforeAll(async () => {
    browser = await launchChromium();
    // An organiser publishes a weekly session with three places, through the API.
    const organiser = await createAccount('going-organiser', 'Halima');
    const { createGroup } = await mustQuery<{ createGroup: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: `Zz e2e Little Steps ${tag}`, kind: 'PARENT_AND_BABY' } },
    );
    const { createSpace } = await mustQuery<{ createSpace: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createSpace,
      {
        input: {
          name: `Zz e2e Canal Hall ${tag}`,
          kind: 'COMMUNITY_CENTRE',
          address: '4 Canal Street',
          latitude: 53.96,
          longitude: -1.08,
        },
      },
    );
    sessionId = (
      await mustQuery<{ createSession: { id: string } }>(
        organiser.session,
        JOURNEY_DOCUMENTS.createSession,
        {
          input: {
            groupId: createGroup.id,
            spaceId: createSpace.id,
            title,
            recurrence: 'FREQ=WEEKLY;BYDAY=TU',
            startDate: '2026-01-06',
            startTime: '10:00',
            durationMinutes: 60,
            minAgeMonths: 0,
            maxAgeMonths: 36,
            capacity: 3,
          },
        },
      )
    ).createSession.id;
    ({ page } = await openAsNewMember(browser, 'going-parent', 'Zofia'));
  });
  afterAll(() => browser?.close());

  it('says she is going to the next date, letting the organisers see her name', async () => {
    await page.goto(villageUrl(`/sessions/${sessionId}`));
    const panel = page.getByRole('region', { name: 'Going' });
    await panel.getByText('0 going · 3 places left').first().waitFor();
    await panel.getByRole('checkbox', { name: 'Let the organisers see my name' }).check();
    const first = panel.getByRole('button', { name: /^I'm going on / }).first();
    const label = (await first.getAttribute('aria-label'))!;
    const day = label.replace("I'm going on ", '');
    await first.click();

    await panel.getByRole('status').getByText(`You're going on ${day}.`).waitFor();
    await panel.getByRole('button', { name: `Cancel going on ${day}` }).waitFor();
    await panel.getByText('1 going · 2 places left').waitFor();
    await panel.getByText("You're going. The organisers can see your name.").waitFor();
    await expectAccessible(page, 'the session page with the going panel');
    await screenshots(page, 'going-session');
  });

  it('shows the date on her upcoming page, where she cancels it', async () => {
    await page.getByRole('button', { name: /^Your account/ }).click();
    await page.getByRole('link', { name: 'My upcoming sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'My upcoming sessions' }).waitFor();
    const dates = page.getByRole('region', { name: 'My dates' });
    const item = dates.getByRole('listitem').filter({ hasText: title });
    await item.getByText('Going', { exact: true }).waitFor();
    await expectAccessible(page, 'the upcoming page');
    await screenshots(page, 'going-upcoming');

    await item.getByRole('button', { name: new RegExp(`^Cancel going to ${title} on `) }).click();
    await dates.getByText("You haven't said you're going to anything yet.").waitFor();
    await dates
      .getByRole('status')
      .getByText(/^You're no longer going on /)
      .waitFor();
  });
});
