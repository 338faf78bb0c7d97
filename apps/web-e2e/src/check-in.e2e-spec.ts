import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember, type Account } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';
import { townDateTime } from './support/check-in';
import { JOURNEY_DOCUMENTS } from './support/journey-documents';

/**
 * At the session, on phones: the organiser opens today's register from the session page, ticks a
 * parent who said she was going and counts two guests without accounts; another parent, who did not
 * share her name, checks herself in with the code the organiser shows.
 */
describe('taking the register and checking in', () => {
  let browser: Browser;
  let organiser: Account;
  let organiserPage: Page;
  let parentPage: Page;
  const tag = Date.now().toString(36);
  const title = `Zz e2e rhyme time ${tag}`;
  let sessionId: string;
  let occursOn: string;
  let code: string;

  beforeAll(async () => {
    browser = await launchChromium();
    organiser = await createAccount('register', 'Olivia');
    const [amira, bea] = await Promise.all([
      createAccount('ticked', `Amira ${tag}`),
      createAccount('self', `Bea ${tag}`),
    ]);
    const { createGroup } = await mustQuery<{ createGroup: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: `Zz e2e rhymes ${tag}`, kind: 'PARENT_AND_BABY' } },
    );
    const { createSpace } = await mustQuery<{ createSpace: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createSpace,
      {
        input: {
          name: `Zz e2e hall ${tag}`,
          kind: 'COMMUNITY_CENTRE',
          address: '1 High Street',
          postcode: 'BD1 1AA',
          latitude: 53.79,
          longitude: -1.75,
        },
      },
    );
    // Today's date started ten minutes ago: the register and the code are both open.
    const start = townDateTime(new Date(Date.now() - 10 * 60_000));
    occursOn = start.date;
    ({
      createSession: { id: sessionId },
    } = await mustQuery<{ createSession: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createSession,
      {
        input: {
          groupId: createGroup.id,
          spaceId: createSpace.id,
          title,
          recurrence: 'FREQ=WEEKLY',
          startDate: start.date,
          startTime: start.time,
          durationMinutes: 60,
          minAgeMonths: 0,
          maxAgeMonths: 24,
        },
      },
    ));
    for (const [parent, share] of [
      [amira, true],
      [bea, false],
    ] as const)
      await mustQuery(parent.session, JOURNEY_DOCUMENTS.goToSession, {
        sessionId,
        occursOn,
        share,
      });
    organiserPage = await openAsMember(browser, organiser);
    parentPage = await openAsMember(browser, bea);
  });
  afterAll(() => browser?.close());

  it('opens today’s register from the session page, ticks Amira and counts two guests', async () => {
    const page = organiserPage;
    await page.goto(villageUrl(`/sessions/${sessionId}`));
    const register = page.getByRole('region', { name: 'Register' });
    await register.getByRole('link', { name: /^Take the register for / }).click();
    await page.getByRole('heading', { level: 1, name: `Register: ${title}` }).waitFor();
    expect(page.url()).toBe(villageUrl(`/sessions/${sessionId}/register/${occursOn}`));
    await page
      .getByText(
        "1 more person said they're going and didn't share their name — they can check themselves in with the code.",
      )
      .waitFor();
    expect(await page.getByText(`Bea ${tag}`).count()).toBe(0);

    const amira = page.getByRole('checkbox', { name: `Amira ${tag}` });
    await amira.check();
    await page.getByText('Saved').first().waitFor();
    expect(await amira.isChecked()).toBe(true);

    const more = page.getByRole('button', { name: 'One more' });
    await more.click();
    await page.getByText('2 people here in all').waitFor();
    await more.click();
    await page.getByText('3 people here in all').waitFor();
    expect(await page.getByLabel('People without an account').inputValue()).toBe('2');
    await expectAccessible(page, 'the register');

    await page.reload();
    await page.getByText('3 people here in all').waitFor();
    expect(await page.getByRole('checkbox', { name: `Amira ${tag}` }).isChecked()).toBe(true);
  });

  it('shows the check-in code large, with its link', async () => {
    const page = organiserPage;
    await page.getByRole('button', { name: 'Show check-in code' }).click();
    const shown = page.getByLabel(/^Check-in code: /);
    await shown.waitFor();
    code = ((await shown.textContent()) ?? '').replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await page.getByRole('link', { name: villageUrl(`/check-in/${code}`) }).waitFor();
    await expectAccessible(page, 'the register with its code');
    await screenshots(page, 'check-in-register');
  });

  it('lets Bea check herself in with the code from the link, and see it in her list', async () => {
    const page = parentPage;
    await page.goto(villageUrl(`/check-in/${code}`));
    const field = page.getByLabel('Code');
    expect(await field.inputValue()).toBe(code);
    await page.getByRole('button', { name: 'Check in' }).click();
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${occursOn}T12:00:00Z`),
    );
    await page.getByText(`You're checked in to ${title} on ${date}.`).waitFor();
    await expectAccessible(page, 'the check-in page');
    await screenshots(page, 'check-in-self');

    await page.getByRole('link', { name: 'See the sessions you went to' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessions you went to' }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await page.getByText('You checked in with the code.').waitFor();
    await expectAccessible(page, 'my attendance');
  });

  it('counts Bea on the register without naming her', async () => {
    const page = organiserPage;
    await page.reload();
    await page.getByText('1 person checked in with the code without sharing their name.').waitFor();
    await page.getByText('4 people here in all').waitFor();
    expect(await page.getByText(`Bea ${tag}`).count()).toBe(0);
  });
});
