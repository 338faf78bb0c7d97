import { localDateTimeOf, TOWN_TIME_ZONE } from '@village/shared';
import type { Caller, TestApi } from './test-api';
import { createSession } from './factories';

const MINUTE = 60_000;

/** The town's local date and time (HH:MM) of an instant. */
export const townDateTime = (instant: Date) => localDateTimeOf(instant, TOWN_TIME_ZONE);

export interface SessionDate {
  id: string;
  title: string;
  /** The date's name (its local date), for the register and RSVPs. */
  occursOn: string;
  startsAt: Date;
}

/**
 * A daily session of `groupId` whose first date starts `startsInMinutes` from now (negative: it
 * has started), on the real clock: the windows are tested against real times, not a faked clock.
 */
export async function sessionStarting(
  organiser: Caller,
  ids: { groupId: string; spaceId: string },
  startsInMinutes: number,
  options: { title?: string; durationMinutes?: number } = {},
): Promise<SessionDate> {
  const startsAt = new Date(Math.floor((Date.now() + startsInMinutes * MINUTE) / MINUTE) * MINUTE);
  const { date, time } = townDateTime(startsAt);
  const session = await createSession(organiser, {
    ...ids,
    title: options.title ?? 'Stay and Play',
    recurrence: 'FREQ=DAILY',
    startDate: date,
    startTime: time,
    durationMinutes: options.durationMinutes ?? 60,
  });
  return { ...session, occursOn: date, startsAt };
}

/** Someone's "I'm going" for one date, written straight in the table (the RSVP mutations are another part's). */
export async function rsvp(
  api: TestApi,
  date: { id: string; occursOn: string },
  personId: string,
  { named = true, waiting = false } = {},
): Promise<void> {
  await api.dataSource.query(
    `INSERT INTO session_rsvp (session_id, occurs_on, person_id, status, name_shared_with_organisers)
     VALUES ($1, $2, $3, $4, $5)`,
    [date.id, date.occursOn, personId, waiting ? 'WAITING' : 'GOING', named],
  );
}

/** A code written straight in the table, for a date whose code window has already closed. */
export async function insertCheckInCode(
  api: TestApi,
  date: { id: string; occursOn: string },
  code: string,
): Promise<void> {
  await api.dataSource.query(
    `INSERT INTO check_in_code (session_id, occurs_on, code, expires_at)
     VALUES ($1, $2, $3, now() + interval '1 day')`,
    [date.id, date.occursOn, code],
  );
}
