import { dateTimeFormat, localDateOf, TOWN_TIME_ZONE } from '@village/shared';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

/**
 * The test server's database: the run's own (DATABASE_URL given), or the embedded server the API
 * started in its data folder (beside the mailbox), found from its password file and postmaster.pid.
 */
function databaseUrl(): string {
  const given = process.env['VILLAGE_E2E_DATABASE_URL'];
  if (given) return given;
  const mailbox = process.env['VILLAGE_E2E_MAILBOX'];
  if (!mailbox) throw new Error('VILLAGE_E2E_MAILBOX is not set: run through apps/web-e2e/run.mjs');
  const dataDir = dirname(mailbox);
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  // postmaster.pid's fourth line is the port the server listens on.
  const port = readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')
    .split('\n')[3]!
    .trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/village`;
}

/**
 * Someone's "I'm going" for one date, written straight in the table as the API's specs do: the
 * going part of issue 11 builds the pages and mutations that fill it.
 */
export async function sayGoing(
  date: { sessionId: string; occursOn: string },
  personId: string,
  nameShared: boolean,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO session_rsvp (session_id, occurs_on, person_id, status, name_shared_with_organisers)
       VALUES ($1, $2, $3, 'GOING', $4)`,
      [date.sessionId, date.occursOn, personId, nameShared],
    );
  } finally {
    await client.end();
  }
}

/** The town's local date and time (HH:MM) of an instant. */
export function townDateTime(instant: Date): { date: string; time: string } {
  const time = dateTimeFormat({
    timeZone: TOWN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return { date: localDateOf(instant, TOWN_TIME_ZONE), time: time.format(instant) };
}
