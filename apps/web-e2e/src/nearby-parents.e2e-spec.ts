import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import { gridRing, latLngToCell } from 'h3-js';
import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember, setRoughArea } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';
import { monthsAgo } from './support/months';

/**
 * Far from the demo town and from other journeys, and a little different on each run, so the parents
 * found here are this journey's own (earlier runs against the same database leave theirs elsewhere).
 */
const run = Date.now() % 1000;
const AREA = latLngToCell(55.2 + run / 10_000, -4.3, 8);
const NEXT_DOOR = gridRing(AREA, 1)[0]!;

describe('a parent finds parents nearby at her stage, on a phone', () => {
  let browser: Browser;
  let page: Page;
  const neighbourName = `Hania ${run}`;

  beforeAll(async () => {
    browser = await launchChromium();
    const lifeStage = { childBirthMonths: [monthsAgo(8)] };
    // A neighbour who chose to be findable, and one who did not.
    const hania = await createAccount('nearby-findable', neighbourName);
    await mustQuery(hania.session, JOURNEY_DOCUMENTS.updateMyProfile, {
      input: { areaCell: NEXT_DOOR, languages: ['pl', 'en'], lifeStage },
    });
    await mustQuery(hania.session, JOURNEY_DOCUMENTS.giveConsent, {
      input: { kind: 'FINDABLE_BY_NEARBY_PARENTS' },
    });
    const hidden = await createAccount('nearby-hidden', `Iwona ${run}`);
    await mustQuery(hidden.session, JOURNEY_DOCUMENTS.updateMyProfile, {
      input: { areaCell: AREA, languages: ['pl'], lifeStage },
    });
    // Me: not findable myself yet.
    const sana = await createAccount('nearby-searcher', 'Sana');
    await setRoughArea(sana, AREA, { languages: ['ur', 'en'] });
    await mustQuery(sana.session, JOURNEY_DOCUMENTS.updateMyProfile, { input: { lifeStage } });
    page = await openAsMember(browser, sana);
  });
  afterAll(() => browser?.close());

  it('goes from the home page to parents nearby, and sees only those who chose to be found', async () => {
    await page.goto(villageUrl('/'));
    await page
      .getByRole('region', { name: 'Parents near you' })
      .getByRole('link', { name: 'Find parents nearby' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Parents nearby at your stage' }).waitFor();
    await page
      .getByText('Only parents who chose to be findable appear here', { exact: false })
      .waitFor();

    const results = page.getByRole('region', { name: 'Parents nearby' });
    const card = results.getByRole('article', { name: neighbourName });
    await card.waitFor();
    await card.getByText('Under 1 km away').waitFor();
    await card.getByText('You share a language').waitFor();
    expect(await results.getByRole('article', { name: `Iwona ${run}` }).count()).toBe(0);
    await expectAccessible(page, 'parents nearby');
    await screenshots(page, 'nearby-parents-en');
  });

  it('says I am not findable myself, and the link leads to where I can choose it', async () => {
    await page
      .getByText("You're not findable yourself, so other parents don't see you here.", {
        exact: false,
      })
      .waitFor();
    await page.getByRole('link', { name: 'Choose to be findable on the privacy page' }).click();
    await page.getByRole('switch', { name: 'Parents nearby can find me' }).waitFor();
  });
});
