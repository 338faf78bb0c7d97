import { RsvpStatus } from '@village/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Page, PageArgs, paginate } from '../graphql/pagination';
import { AttendanceMethod } from '@village/shared';
import { AttendanceEntity } from './attendance.entity';

export interface NamedRow {
  person_id: string;
  display_name: string;
  waiting: boolean;
  recorded_how: AttendanceMethod | null;
}

export interface RegisterCounts {
  unnamed_going: number;
  unnamed_checked_in: number;
  guests: number;
}

export interface CodeRow {
  session_id: string;
  occurs_on: string;
  code: string;
}

/**
 * The check-in SQL, in one place. A date is (session_id, occurs_on) everywhere; "named" means the
 * person's RSVP for that date shares their name with the organisers (session_rsvp).
 */
export class CheckInRepository {
  constructor(private readonly manager: EntityManager) {}

  static of(dataSource: DataSource): CheckInRepository {
    return new CheckInRepository(dataSource.manager);
  }

  /** Named people of one date, by name, with whether and how they were recorded as there. */
  named(sessionId: string, occursOn: string): Promise<NamedRow[]> {
    return this.manager.query(
      `SELECT r.person_id, p.display_name, r.status = $3 AS waiting, a.recorded_how
         FROM session_rsvp r
         JOIN person p ON p.id = r.person_id AND p.erased_at IS NULL
         LEFT JOIN attendance a
           ON a.session_id = r.session_id AND a.occurs_on = r.occurs_on AND a.person_id = r.person_id
        WHERE r.session_id = $1 AND r.occurs_on = $2 AND r.name_shared_with_organisers
        ORDER BY p.display_name, r.person_id`,
      [sessionId, occursOn, RsvpStatus.WAITING],
    );
  }

  async counts(sessionId: string, occursOn: string): Promise<RegisterCounts> {
    const [row] = await this.manager.query<RegisterCounts[]>(
      `SELECT
         (SELECT count(*)::int FROM session_rsvp r
           WHERE r.session_id = $1 AND r.occurs_on = $2 AND r.status = $3
             AND NOT r.name_shared_with_organisers) AS unnamed_going,
         (SELECT count(*)::int FROM attendance a
           WHERE a.session_id = $1 AND a.occurs_on = $2
             AND NOT EXISTS (SELECT 1 FROM session_rsvp r
                              WHERE r.session_id = a.session_id AND r.occurs_on = a.occurs_on
                                AND r.person_id = a.person_id AND r.name_shared_with_organisers))
           AS unnamed_checked_in,
         COALESCE((SELECT guests FROM session_date_headcount
                    WHERE session_id = $1 AND occurs_on = $2), 0) AS guests`,
      [sessionId, occursOn, RsvpStatus.GOING],
    );
    return row!;
  }

  async isNamed(sessionId: string, occursOn: string, personId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM session_rsvp
        WHERE session_id = $1 AND occurs_on = $2 AND person_id = $3 AND name_shared_with_organisers`,
      [sessionId, occursOn, personId],
    );
    return rows.length > 0;
  }

  /** Records a person as there; true when this made a new record (a second time changes nothing). */
  async mark(
    sessionId: string,
    occursOn: string,
    personId: string,
    how: AttendanceMethod,
  ): Promise<boolean> {
    const { identifiers } = await this.manager
      .createQueryBuilder()
      .insert()
      .into(AttendanceEntity)
      .values({ sessionId, occursOn, personId, recordedHow: how })
      .orIgnore()
      .returning(['id'])
      .execute();
    return identifiers.length > 0 && identifiers[0] !== undefined;
  }

  async unmark(sessionId: string, occursOn: string, personId: string): Promise<boolean> {
    const { affected } = await this.manager.delete(AttendanceEntity, {
      sessionId,
      occursOn,
      personId,
    });
    return Boolean(affected);
  }

  attendance(sessionId: string, occursOn: string, personId: string): Promise<AttendanceEntity> {
    return this.manager.findOneByOrFail(AttendanceEntity, { sessionId, occursOn, personId });
  }

  async setGuests(sessionId: string, occursOn: string, guests: number): Promise<void> {
    await this.manager.query(
      `INSERT INTO session_date_headcount (session_id, occurs_on, guests) VALUES ($1, $2, $3)
       ON CONFLICT (session_id, occurs_on) DO UPDATE SET guests = $3, updated_at = now()`,
      [sessionId, occursOn, guests],
    );
  }

  async codeOf(sessionId: string, occursOn: string): Promise<string | null> {
    const [row] = await this.manager.query<{ code: string }[]>(
      `SELECT code FROM check_in_code WHERE session_id = $1 AND occurs_on = $2`,
      [sessionId, occursOn],
    );
    return row?.code ?? null;
  }

  async byCode(code: string): Promise<CodeRow | null> {
    const [row] = await this.manager.query<CodeRow[]>(
      `SELECT session_id, to_char(occurs_on, 'YYYY-MM-DD') AS occurs_on, code
         FROM check_in_code WHERE code = $1`,
      [code],
    );
    return row ?? null;
  }

  /**
   * Gives the date `code` unless it already has one or another date holds those letters (then
   * nothing happens and the caller reads the date's code, or tries other letters). Expired codes
   * are deleted first, so only live codes need to be unique.
   */
  async offerCode(
    sessionId: string,
    occursOn: string,
    code: string,
    expiresAt: Date,
  ): Promise<void> {
    await this.manager.query(`DELETE FROM check_in_code WHERE expires_at < now()`);
    await this.manager.query(
      `INSERT INTO check_in_code (session_id, occurs_on, code, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [sessionId, occursOn, code, expiresAt],
    );
  }

  /** Wrong codes this account typed since `since`, oldest first. */
  async failuresSince(accountId: string, since: Date): Promise<Date[]> {
    const rows = await this.manager.query<{ at: Date }[]>(
      `SELECT at FROM check_in_failure WHERE account_id = $1 AND at >= $2 ORDER BY at`,
      [accountId, since],
    );
    return rows.map((row) => row.at);
  }

  /** Records a wrong code, and forgets this account's ones older than the window. */
  async recordFailure(accountId: string, forgetBefore: Date): Promise<void> {
    await this.manager.query(`DELETE FROM check_in_failure WHERE account_id = $1 AND at < $2`, [
      accountId,
      forgetBefore,
    ]);
    await this.manager.query(`INSERT INTO check_in_failure (account_id) VALUES ($1)`, [accountId]);
  }

  /** A person's attendance, newest date first. */
  mine(personId: string, page: PageArgs): Promise<Page<AttendanceEntity>> {
    const query = this.manager
      .getRepository(AttendanceEntity)
      .createQueryBuilder('a')
      .where('a.person_id = :personId', { personId });
    return paginate(query, {
      sortBy: 'a.occurs_on',
      sortValue: (a) => a.occursOn,
      direction: 'DESC',
      first: page.first,
      after: page.after,
    });
  }

  async deleteOwn(id: string, personId: string): Promise<boolean> {
    const { affected } = await this.manager.delete(AttendanceEntity, { id, personId });
    return Boolean(affected);
  }
}
