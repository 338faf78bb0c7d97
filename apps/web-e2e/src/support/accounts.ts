import { JOURNEY_DOCUMENTS, type JourneyDocument } from './journey-documents';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { openPage, villageUrl } from './browser';

/** Every journey's accounts share this password; it meets the API's 10-character minimum. */
export const PASSWORD = 'a calm walk by the canal';

let created = 0;

/** An address no other journey (or earlier run against the same database) has used. */
export function uniqueEmail(label: string): string {
  created += 1;
  return `${label}-${process.pid}-${Date.now()}-${created}@e2e.village.test`;
}

export interface Account {
  email: string;
  password: string;
  displayName: string;
  /** The value of the `village_session` cookie the API set when the account was made. */
  session: string;
}

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL request as a browser would make it, with the session cookie when one is given. */
export async function graphqlAs<T>(
  session: string | null,
  query: JourneyDocument,
  variables: Record<string, unknown> = {},
): Promise<{ body: GraphQLBody<T>; setCookies: string[] }> {
  const response = await fetch(villageUrl('/graphql'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(session ? { cookie: `village_session=${session}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await response.json()) as GraphQLBody<T>,
    setCookies: response.headers.getSetCookie(),
  };
}

/** The data of a request that must succeed; its errors, readably, when it does not. */
export async function mustQuery<T>(
  session: string | null,
  query: JourneyDocument,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { body } = await graphqlAs<T>(session, query, variables);
  if (!body.data)
    throw new Error(`GraphQL failed: ${body.errors?.map((error) => error.message).join('; ')}`);
  return body.data;
}

/**
 * Sets the account's rough area (an H3 cell) through the API, as the profile page does, and its
 * languages when given: where its posts go and whose posts it sees live.
 */
export async function setRoughArea(
  account: Account,
  areaCell: string,
  profile: { languages?: string[] } = {},
): Promise<void> {
  await mustQuery(account.session, JOURNEY_DOCUMENTS.updateMyProfile, {
    input: { areaCell, ...profile },
  });
}

/**
 * Makes an account through the API, as the sign-up page does (the sign-up journey itself goes through
 * the page), so a journey about something else can start signed in.
 */
export async function createAccount(label: string, displayName: string): Promise<Account> {
  const email = uniqueEmail(label);
  const { body, setCookies } = await graphqlAs(null, JOURNEY_DOCUMENTS.signUp, {
    input: { email, password: PASSWORD, profile: { displayName } },
  });
  return { email, password: PASSWORD, displayName, session: sessionFrom(body, setCookies) };
}

/** The session a sign-in or sign-up answered with, or why there is none. */
function sessionFrom(body: GraphQLBody<unknown>, setCookies: string[]): string {
  const cookie = setCookies.find((header) => header.startsWith('village_session='));
  if (!body.data || !cookie)
    throw new Error(`Signing in failed: ${body.errors?.map((error) => error.message).join('; ')}`);
  return decodeURIComponent(cookie.split(';')[0]!.slice('village_session='.length));
}

/** The demo town's password for its sign-ins (admin, safeguarding lead…), development only. */
export const DEMO_PASSWORD = 'village-demo-2026';

/** Signs in to an existing account through the API, e.g. the demo town's admin or lead. */
export async function signInAccount(
  email: string,
  displayName: string,
  password = DEMO_PASSWORD,
): Promise<Account> {
  const { body, setCookies } = await graphqlAs(null, JOURNEY_DOCUMENTS.signIn, {
    input: { email, password },
  });
  return { email, password, displayName, session: sessionFrom(body, setCookies) };
}

/** Puts the account's session cookie into a browser profile: that browser is then signed in. */
async function signInBrowser(context: BrowserContext, account: Account): Promise<void> {
  await context.addCookies([
    {
      name: 'village_session',
      value: account.session,
      url: villageUrl('/'),
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
}

/** A fresh browser profile (phone-sized unless told otherwise), signed in as an existing account. */
export async function openAsMember(
  browser: Browser,
  account: Account,
  viewport?: { width: number; height: number },
  options: Omit<BrowserContextOptions, 'viewport'> = {},
): Promise<Page> {
  const { context, page } = await openPage(browser, viewport, options);
  await signInBrowser(context, account);
  return page;
}

/** A fresh phone-sized browser profile, signed in as a new account made through the API. */
export async function openAsNewMember(
  browser: Browser,
  label: string,
  displayName: string,
  options: Omit<BrowserContextOptions, 'viewport'> = {},
): Promise<{ page: Page; account: Account }> {
  const account = await createAccount(label, displayName);
  const page = await openAsMember(browser, account, undefined, options);
  return { page, account };
}

/**
 * The newest link emailed to `to`, waiting for it to arrive. The API's development mail transport
 * logs each email; the test server copies those log lines into the mailbox file (village-server.ts).
 */
export async function waitForEmailLink(to: string, timeoutMs = 15_000): Promise<string> {
  const mailbox = process.env['VILLAGE_E2E_MAILBOX'];
  if (!mailbox) throw new Error('VILLAGE_E2E_MAILBOX is not set: run through apps/web-e2e/run.mjs');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const links = readFileSync(mailbox, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; link?: string })
      .filter((email) => email.to === to && email.link)
      .map((email) => email.link!);
    const newest = links.at(-1);
    if (newest) return newest;
    if (Date.now() > deadline) throw new Error(`No email reached ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
