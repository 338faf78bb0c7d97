import { areaCellFor } from '@village/shared';
import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember } from './support/accounts';
import {
  expectAccessible,
  launchChromium,
  PHONE,
  screenshots,
  villageUrl,
} from './support/browser';
import { placeNear } from './support/forms';
import { JOURNEY_DOCUMENTS } from './support/journey-documents';
import { monthsAgo } from './support/months';

/**
 * The demo town's postcode for the centre of Calverdale, an outer ward with few places: the town
 * generates one postcode per ward centre (BD1 0AA is the town centre), loaded when it seeds.
 */
const POSTCODE = 'BD10 0EB';

/** The next Wednesday on or after today, YYYY-MM-DD: the session's first date. */
function nextWednesday(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + ((3 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

describe('a parent searches by postcode, sees the map and gets directions', () => {
  let browser: Browser;
  let page: Page;
  const tag = Date.now().toString(36);
  const title = `Calverdale baby rhymes ${tag}`;
  const place = `Calverdale Reading Room ${tag}`;
  let spot = { latitude: 0, longitude: 0 };

  beforeAll(async () => {
    browser = await launchChromium();
    // Where the postcode is, as the API finds it; an organiser's place 40 m north of it.
    spot = await placeNear(POSTCODE);
    const organiser = await createAccount('where-organiser', 'Bushra');
    const { createGroup } = await mustQuery<{ createGroup: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createGroup,
      { input: { name: `Calverdale Parents ${tag}`, kind: 'PARENT_AND_BABY', languages: ['en'] } },
    );
    const { createSpace } = await mustQuery<{ createSpace: { id: string } }>(
      organiser.session,
      JOURNEY_DOCUMENTS.createSpace,
      {
        input: {
          name: place,
          kind: 'LIBRARY',
          address: '3 Beacon Road, Calverdale',
          postcode: POSTCODE,
          ...spot,
        },
      },
    );
    await mustQuery(organiser.session, JOURNEY_DOCUMENTS.createSession, {
      input: {
        groupId: createGroup.id,
        spaceId: createSpace.id,
        title,
        minAgeMonths: 0,
        maxAgeMonths: 12,
        languages: ['en'],
        costPence: 0,
        recurrence: 'FREQ=WEEKLY;BYDAY=WE',
        startDate: nextWednesday(),
        startTime: '10:00',
        durationMinutes: 60,
      },
    });

    // The parent: an 8-month-old, English, living in the town centre's area.
    const parent = await createAccount('where-parent', 'Hannah');
    await mustQuery(parent.session, JOURNEY_DOCUMENTS.updateMyProfile, {
      input: {
        areaCell: areaCellFor(53.79, -1.75),
        languages: ['en'],
        lifeStage: { childBirthMonths: [monthsAgo(8)] },
      },
    });
    // The journeys' tile server refuses every tile (village-server.ts), as on a dead connection.
    page = await openAsMember(browser, parent, PHONE);
  });
  afterAll(() => browser?.close());

  const results = () => page.locator('section.discover-results');

  it('starts from her profile, and finds sessions near the postcode she types', async () => {
    await page.goto(villageUrl('/discover'));
    await page
      .getByText(/^Using your profile: a child of 8 months; English; near your area\.$/)
      .waitFor();
    expect(new URL(page.url()).searchParams.get('near')).toBe('mine');

    await page.getByRole('button', { name: 'Change' }).click();
    const postcode = page.getByRole('textbox', { name: /^Postcode/ });
    await postcode.fill('bd10 0eb');
    await postcode.press('Enter');
    // The postcode is isolated (U+2068…U+2069) so it reads left to right in Urdu too.
    await page.getByRole('heading', { name: `Sessions near \u2068${POSTCODE}\u2069` }).waitFor();
    const first = results().getByRole('article').first();
    await first.getByText(title).waitFor();
    // Searched from, never kept: not in the address bar.
    expect(page.url().toUpperCase()).not.toContain('BD10');
    await expectAccessible(page, 'the discover page searched by postcode');
  });

  it('shows the results on a map whose markers work by keyboard, tiles or none', async () => {
    await results().getByRole('button', { name: 'Map' }).click();
    const marker = page.getByRole('button', { name: new RegExp(`^${title} at ${place}`) });
    await marker.waitFor();
    // The real map came, and with its tiles refused it fell back to the plain background.
    await page.locator('.map-canvas--leaflet[data-map="plain"]').waitFor();
    expect(await marker.getAttribute('tabindex')).toBe('0');

    await marker.focus();
    await page.keyboard.press('Space');
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await marker.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    // The marker keeps the focus as it opens and closes.
    expect(await marker.evaluate((element) => element === document.activeElement)).toBe(true);
    const panel = page.locator('.discover-map__panel');
    await panel.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page, 'the discover map');
    await screenshots(page, 'postcode-search-map');

    await panel.getByRole('link', { name: title }).click();
  });

  it('gives directions to the place from the session page', async () => {
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const directions = page.getByRole('link', {
      name: `Directions to ${place} (opens in a new tab)`,
    });
    await directions.waitFor();
    const href = (await directions.getAttribute('href'))!;
    expect(href).toContain('openstreetmap.org/directions'); // the default DIRECTIONS_URL
    expect(href).toContain(spot.latitude.toFixed(6));
    expect(href).toContain(spot.longitude.toFixed(6));
    expect(await directions.getAttribute('target')).toBe('_blank');
    await expectAccessible(page, 'the session page with directions');
  });
});
