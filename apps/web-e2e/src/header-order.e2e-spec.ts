import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium, openPage, PHONE, villageUrl } from './support/browser';

interface Stop {
  name: string;
  top: number;
  bottom: number;
  start: number;
}

/** Tabs from the top of the page through the header and says where each focused control sits. */
async function headerTabStops(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element?.closest('.site-header')) return null;
      const box = element.getBoundingClientRect();
      const rtl = document.documentElement.dir === 'rtl';
      return {
        name:
          element.getAttribute('aria-label') ??
          (element as HTMLSelectElement).labels?.[0]?.textContent ??
          element.textContent?.trim() ??
          '',
        top: box.top,
        bottom: box.bottom,
        // Distance from the edge where reading starts: the left in English, the right in Urdu.
        start: rtl ? window.innerWidth - box.right : box.left,
      };
    });
    if (stop) stops.push(stop);
    else if (stops.length > 0) break;
  }
  return stops;
}

/** Where reading order and Tab order part: a stop that is above, or level with and before, the last. */
function outOfReadingOrder(stops: Stop[]): string[] {
  return stops.slice(1).flatMap((stop, i) => {
    const before = stops[i]!;
    const sameRow = stop.top < before.bottom && before.top < stop.bottom;
    const inOrder = sameRow ? stop.start > before.start : stop.top >= before.bottom;
    return inOrder ? [] : [`"${stop.name}" comes after "${before.name}" but is seen before it`];
  });
}

describe('the header is tabbed through in the order it is seen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it.each([
    ['a phone', PHONE, 'en'],
    ['a desktop', DESKTOP, 'en'],
    ['a phone, in Urdu', PHONE, 'ur'],
    ['a desktop, in Urdu', DESKTOP, 'ur'],
  ])('on %s', async (_, viewport, language) => {
    const { context, page } = await openPage(browser, viewport);
    await context.addInitScript((lang) => localStorage.setItem('village.language', lang), language);
    await page.goto(villageUrl('/'));
    await page.getByRole('navigation').getByRole('link').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

    const stops = await headerTabStops(page);
    expect(stops.map((stop) => stop.name).length).toBeGreaterThanOrEqual(5);
    expect(outOfReadingOrder(stops)).toEqual([]);
    await context.close();
  });
});
