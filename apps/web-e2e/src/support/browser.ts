import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import type { JourneyDocument } from './journey-documents';
import { watchForUntrustedOperations } from './trusted-documents';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
const ARTIFACTS = join(__dirname, '../../artifacts');

export function villageUrl(path = '/'): string {
  const base = process.env['VILLAGE_E2E_URL'];
  if (!base)
    throw new Error('VILLAGE_E2E_URL is not set: run the journeys through apps/web-e2e/run.mjs');
  return new URL(path, base).toString();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh profile (its own storage and cookies), phone-sized unless told otherwise. */
export async function openPage(
  browser: Browser,
  viewport = PHONE,
  options: Omit<BrowserContextOptions, 'viewport'> = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    ...options,
  });
  watchForUntrustedOperations(context);
  const page = await context.newPage();
  return { context, page };
}

/** Runs axe-core on the page as it is now and fails on anything serious or critical, listed readably. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (serious.length) {
    const report = serious
      .map((violation) => {
        const targets = violation.nodes.map((node) => `      ${node.target.join(' ')}`).join('\n');
        return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${targets}`;
      })
      .join('\n');
    throw new Error(`Accessibility problems on ${where}:\n${report}`);
  }
}

/**
 * Saves the page at phone and desktop sizes (full length) under apps/web-e2e/artifacts/, after checking
 * it fits each width without scrolling sideways.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const original = page.viewportSize();
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    // Nothing may stick out sideways: on a phone that means scrolling every line left and right.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) throw new Error(`${name} is ${overflow}px wider than the ${size} screen`);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${size}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** The GraphQL API, for finding real demo-town data to look for on the pages. */
export async function graphql<T>(
  query: JourneyDocument,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(villageUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data)
    throw new Error(`GraphQL failed: ${body.errors?.map((error) => error.message).join('; ')}`);
  return body.data;
}
