import { Inject, Injectable } from '@nestjs/common';
import { RsvpStatus } from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { findByIds } from '../database/find';
import { SessionRsvpEntity } from '../sessions/session-rsvp.entity';
import { SessionEntity } from '../sessions/session.entity';

/** One date of one session: the key of every going and waiting list. */
export interface SessionDate {
  sessionId: string;
  occursOn: string;
}

export const dateKey = ({ sessionId, occursOn }: SessionDate): string => `${sessionId}/${occursOn}`;

export interface DateCounts {
  going: number;
  waiting: number;
}

/** An RSVP with its place on the waiting list (1 is next; null while going). */
export interface RsvpRow {
  sessionId: string;
  occursOn: string;
  personId: string;
  status: RsvpStatus;
  nameSharedWithOrganisers: boolean;
  createdAt: Date;
  waitingPosition: number | null;
}

export interface AttendeeRow {
  personId: string;
  displayName: string;
  status: RsvpStatus;
}

interface RawRsvp {
  session_id: string;
  occurs_on: string;
  person_id: string;
  status: RsvpStatus;
  name_shared_with_organisers: boolean;
  created_at: Date;
  waiting_position: number | null;
}

const RSVP_COLUMNS = `r.session_id, r.occurs_on::text AS occurs_on, r.person_id, r.status,
  r.name_shared_with_organisers, r.created_at,
  CASE WHEN r.status = 'WAITING' THEN
    (SELECT count(*)::int FROM session_rsvp w
      WHERE w.session_id = r.session_id AND w.occurs_on = r.occurs_on AND w.status = 'WAITING'
        AND (w.created_at, w.id) <= (r.created_at, r.id))
  END AS waiting_position`;

const toRsvp = (row: RawRsvp): RsvpRow => ({
  sessionId: row.session_id,
  occursOn: row.occurs_on,
  personId: row.person_id,
  status: row.status,
  nameSharedWithOrganisers: row.name_shared_with_organisers,
  createdAt: row.created_at,
  waitingPosition: row.waiting_position,
});

/** Dates as two parallel arrays, for `unnest` (one query for a whole page of dates). */
const unnestDates = (dates: readonly SessionDate[]) => [
  dates.map((date) => date.sessionId),
  dates.map((date) => date.occursOn),
];

/** All SQL about going and waiting lists (table `session_rsvp`). */
@Injectable()
export class GoingRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Holds one date's list until the transaction ends, so two people cannot both take the last place:
   * a transaction-scoped advisory lock on (session, date), finer than locking the session row.
   */
  async lockDate(manager: EntityManager, date: SessionDate): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `session_rsvp/${dateKey(date)}`,
    ]);
  }

  async goingCount(manager: EntityManager, date: SessionDate): Promise<number> {
    const [row] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM session_rsvp
        WHERE session_id = $1 AND occurs_on = $2 AND status = 'GOING'`,
      [date.sessionId, date.occursOn],
    );
    return row?.n ?? 0;
  }

  async find(manager: EntityManager, date: SessionDate, personId: string): Promise<RsvpRow | null> {
    const rows = await manager.query<RawRsvp[]>(
      `SELECT ${RSVP_COLUMNS} FROM session_rsvp r
        WHERE r.session_id = $1 AND r.occurs_on = $2 AND r.person_id = $3`,
      [date.sessionId, date.occursOn, personId],
    );
    return rows[0] ? toRsvp(rows[0]) : null;
  }

  /**
   * Joins the list. `created_at` is the moment of joining under the lock (not the transaction's
   * start), so the waiting list's order is the order people got their answer.
   */
  async insert(
    manager: EntityManager,
    date: SessionDate,
    personId: string,
    status: RsvpStatus,
    nameSharedWithOrganisers: boolean,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SessionRsvpEntity)
      .values({
        ...date,
        personId,
        status,
        nameSharedWithOrganisers,
        createdAt: () => 'clock_timestamp()',
      })
      .execute();
  }

  async setNameShared(
    manager: EntityManager,
    date: SessionDate,
    personId: string,
    shared: boolean,
  ): Promise<void> {
    await manager.update(
      SessionRsvpEntity,
      { ...date, personId },
      { nameSharedWithOrganisers: shared },
    );
  }

  /** Removes one person's RSVP; returns the status it had, or null when there was none. */
  async remove(
    manager: EntityManager,
    date: SessionDate,
    personId: string,
  ): Promise<RsvpStatus | null> {
    const [rows] = await manager.query<[{ status: RsvpStatus }[], number]>(
      `DELETE FROM session_rsvp WHERE session_id = $1 AND occurs_on = $2 AND person_id = $3
       RETURNING status`,
      [date.sessionId, date.occursOn, personId],
    );
    return rows[0]?.status ?? null;
  }

  /** Moves the first `places` people waiting (by when they joined) up to going. */
  async promote(manager: EntityManager, date: SessionDate, places: number): Promise<number> {
    if (places <= 0) return 0;
    const [, moved] = await manager.query<[unknown, number]>(
      `UPDATE session_rsvp SET status = 'GOING', updated_at = now()
        WHERE id IN (SELECT id FROM session_rsvp
                      WHERE session_id = $1 AND occurs_on = $2 AND status = 'WAITING'
                      ORDER BY created_at, id LIMIT $3)`,
      [date.sessionId, date.occursOn, places],
    );
    return moved;
  }

  /** The dates of a session, from `fromDay` on, that have people waiting. */
  async datesWithWaiting(sessionId: string, fromDay: string): Promise<SessionDate[]> {
    const rows = await this.dataSource.query<{ occurs_on: string }[]>(
      `SELECT DISTINCT occurs_on::text AS occurs_on FROM session_rsvp
        WHERE session_id = $1 AND status = 'WAITING' AND occurs_on >= $2 ORDER BY occurs_on`,
      [sessionId, fromDay],
    );
    return rows.map((row) => ({ sessionId, occursOn: row.occurs_on }));
  }

  /** Every date a person has said they are going to or is waiting for (for erasing them). */
  async datesOf(manager: EntityManager, personId: string): Promise<SessionDate[]> {
    const rows = await manager.query<{ session_id: string; occurs_on: string }[]>(
      `SELECT session_id, occurs_on::text AS occurs_on FROM session_rsvp
        WHERE person_id = $1 ORDER BY session_id, occurs_on`,
      [personId],
    );
    return rows.map((row) => ({ sessionId: row.session_id, occursOn: row.occurs_on }));
  }

  sessionsByIds(ids: readonly string[]): Promise<Map<string, SessionEntity>> {
    return findByIds(this.dataSource.manager, SessionEntity, ids);
  }

  /** Going and waiting counts of many dates in one query. */
  async counts(dates: readonly SessionDate[]): Promise<Map<string, DateCounts>> {
    const rows = await this.dataSource.query<
      { session_id: string; occurs_on: string; going: number; waiting: number }[]
    >(
      `SELECT r.session_id, r.occurs_on::text AS occurs_on,
              count(*) FILTER (WHERE r.status = 'GOING')::int AS going,
              count(*) FILTER (WHERE r.status = 'WAITING')::int AS waiting
         FROM session_rsvp r
         JOIN unnest($1::uuid[], $2::date[]) AS d(session_id, occurs_on)
           ON d.session_id = r.session_id AND d.occurs_on = r.occurs_on
        GROUP BY r.session_id, r.occurs_on`,
      unnestDates(dates),
    );
    return new Map(
      rows.map((row) => [
        dateKey({ sessionId: row.session_id, occursOn: row.occurs_on }),
        { going: row.going, waiting: row.waiting },
      ]),
    );
  }

  /** One person's RSVPs for many dates in one query. */
  async rsvpsOf(personId: string, dates: readonly SessionDate[]): Promise<Map<string, RsvpRow>> {
    const rows = await this.dataSource.query<RawRsvp[]>(
      `SELECT ${RSVP_COLUMNS}
         FROM session_rsvp r
         JOIN unnest($2::uuid[], $3::date[]) AS d(session_id, occurs_on)
           ON d.session_id = r.session_id AND d.occurs_on = r.occurs_on
        WHERE r.person_id = $1`,
      [personId, ...unnestDates(dates)],
    );
    return new Map(rows.map((row) => [dateKey(toRsvp(row)), toRsvp(row)]));
  }

  /**
   * A person's RSVPs for dates from each session's today on, soonest first, a page at a time
   * (keyset on the date and the row id).
   */
  async upcomingOf(
    personId: string,
    first: number,
    after: { occursOn: string; id: string } | null,
  ): Promise<(RsvpRow & { id: string })[]> {
    const rows = await this.dataSource.query<(RawRsvp & { id: string })[]>(
      `SELECT r.id, ${RSVP_COLUMNS}
         FROM session_rsvp r JOIN session s ON s.id = r.session_id
        WHERE r.person_id = $1
          AND r.occurs_on >= (now() AT TIME ZONE s.time_zone)::date
          AND ($2::date IS NULL OR (r.occurs_on, r.id) > ($2::date, $3::uuid))
        ORDER BY r.occurs_on, r.id
        LIMIT $4`,
      [personId, after?.occursOn ?? null, after?.id ?? null, first],
    );
    return rows.map((row) => ({ ...toRsvp(row), id: row.id }));
  }

  /** Who is on one date's lists, with the names of those who let the organisers see them. */
  async attendees(date: SessionDate): Promise<AttendeeRow[]> {
    const rows = await this.dataSource.query<
      { person_id: string; display_name: string; status: RsvpStatus }[]
    >(
      `SELECT r.person_id, p.display_name, r.status
         FROM session_rsvp r JOIN person p ON p.id = r.person_id
        WHERE r.session_id = $1 AND r.occurs_on = $2 AND r.name_shared_with_organisers
          AND p.erased_at IS NULL
        ORDER BY r.status, r.created_at, r.id`,
      [date.sessionId, date.occursOn],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      displayName: row.display_name,
      status: row.status,
    }));
  }

  /** Dates a person is going to (not waiting for), for their private calendar feed. */
  async goingDatesOf(personId: string): Promise<SessionDate[]> {
    const rows = await this.dataSource.query<{ session_id: string; occurs_on: string }[]>(
      `SELECT session_id, occurs_on::text AS occurs_on FROM session_rsvp
        WHERE person_id = $1 AND status = 'GOING' ORDER BY occurs_on, session_id`,
      [personId],
    );
    return rows.map((row) => ({ sessionId: row.session_id, occursOn: row.occurs_on }));
  }
}
