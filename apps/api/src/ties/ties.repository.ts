import { TieKind, TieProvenance } from '@village/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Page, PageArgs, paginate } from '../graphql/pagination';
import { CO_ATTENDANCE_STRENGTH_SQL } from './co-attendance-strength';
import { CO_ATTENDANCE_RULE } from './tie-fading';
import { TieEntity } from './tie.entity';

/** What one kind of evidence (from one session, for co-attendance) says about one tie. */
export interface EvidenceSummaryRow {
  tie_id: string;
  kind: TieProvenance;
  session_id: string | null;
  session_title: string | null;
  group_name: string | null;
  count: number;
  /** The last shared date (YYYY-MM-DD), for co-attendance. */
  last_on: string | null;
  first_at: Date;
  last_at: Date;
}

/** The other end of a tie, as one of its ends sees it. */
export interface TieEnds {
  kind: TieKind;
  provenance: TieProvenance;
  fromPersonId: string | null;
  toPersonId: string | null;
  toGroupId: string | null;
}

const WINDOW_DAYS = CO_ATTENDANCE_RULE.withinWeeks * 7;

/**
 * The ties SQL, in one place: co-attendance made set-based from attendance, evidence, hiding,
 * removal and the refusals removal leaves. Runs in the caller's transaction when given its manager.
 */
export class TiesRepository {
  constructor(private readonly manager: EntityManager) {}

  static of(dataSource: DataSource): TiesRepository {
    return new TiesRepository(dataSource.manager);
  }

  /**
   * Takes the date's co-attendance lock until the transaction ends. Two check-ins to one date wait
   * for each other here, before either records attendance: otherwise each would miss the other's
   * uncommitted row and neither would see the shared date.
   */
  async lockDate(sessionId: string, occursOn: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `co-attendance:${sessionId}:${occursOn}`,
    ]);
  }

  /**
   * After `personId` was recorded at one date of a session: with each other person at that date who
   * shared at least CO_ATTENDANCE_RULE.sharedOccurrences dates of the session with them within the
   * rule's weeks (counting this one), or who already has a co-attendance tie with them, makes or
   * keeps the pair's CO_ATTENDANCE tie and records each shared date in the window as its evidence;
   * then works out the strength again from all its evidence. Two statements whoever is at the date.
   * Erased people, pairs one of whom blocked the other and pairs who removed such a tie are skipped.
   * Returns the ties that gained evidence.
   */
  async recordCoAttendance(
    sessionId: string,
    occursOn: string,
    personId: string,
    now: Date,
  ): Promise<string[]> {
    const rows = await this.manager.query<{ tie_id: string }[]>(
      `WITH mine AS (
         SELECT occurs_on FROM attendance
          WHERE session_id = $1 AND person_id = $3
            AND occurs_on > $2::date - $4::int AND occurs_on <= $2::date
       ),
       candidates AS (
         SELECT b.person_id AS other, count(*)::int AS shared
           FROM mine m
           JOIN attendance b ON b.session_id = $1 AND b.occurs_on = m.occurs_on AND b.person_id <> $3
          WHERE EXISTS (SELECT 1 FROM mine WHERE occurs_on = $2::date)
            AND b.person_id IN (SELECT person_id FROM attendance
                                 WHERE session_id = $1 AND occurs_on = $2::date)
          GROUP BY b.person_id
       ),
       pairs AS (
         SELECT LEAST($3::uuid, c.other) AS low, GREATEST($3::uuid, c.other) AS high
           FROM candidates c
           JOIN person p ON p.id = c.other AND p.erased_at IS NULL
           -- Per candidate, one probe of the pair index (a plain EXISTS here was hashed over all ties).
           LEFT JOIN LATERAL (
             SELECT 1 AS found FROM tie t
              WHERE t.provenance = 'CO_ATTENDANCE'
                AND LEAST(t.from_person_id, t.to_person_id) = LEAST($3::uuid, c.other)
                AND GREATEST(t.from_person_id, t.to_person_id) = GREATEST($3::uuid, c.other)
              LIMIT 1
           ) tied ON true
          WHERE (c.shared >= $5 OR tied.found IS NOT NULL)
            AND NOT EXISTS (SELECT 1 FROM tie_refusal r
                             WHERE r.provenance = 'CO_ATTENDANCE'
                               AND r.person_id = LEAST($3::uuid, c.other)
                               AND r.other_person_id = GREATEST($3::uuid, c.other))
            AND NOT EXISTS (SELECT 1 FROM person_block k
                             WHERE (k.blocker_person_id = $3 AND k.blocked_person_id = c.other)
                                OR (k.blocker_person_id = c.other AND k.blocked_person_id = $3))
          ORDER BY 1, 2
       ),
       ties AS (
         INSERT INTO tie (kind, provenance, strength, from_person_id, to_person_id,
                          first_seen_at, last_seen_at)
         SELECT 'PERSON_PERSON'::tie_kind, 'CO_ATTENDANCE'::tie_provenance, 0.5, low, high, $6, $6
           FROM pairs
         ON CONFLICT ((LEAST(from_person_id, to_person_id)), (GREATEST(from_person_id, to_person_id)))
            WHERE provenance = 'CO_ATTENDANCE'
         DO UPDATE SET last_seen_at = tie.last_seen_at
         RETURNING id, from_person_id, to_person_id
       )
       INSERT INTO tie_evidence (tie_id, kind, session_id, occurs_on, at)
       SELECT t.id, 'CO_ATTENDANCE'::tie_provenance, $1, a.occurs_on,
              GREATEST(a.recorded_at, b.recorded_at)
         FROM ties t
         JOIN attendance a ON a.session_id = $1 AND a.person_id = t.from_person_id
                          AND a.occurs_on > $2::date - $4::int AND a.occurs_on <= $2::date
         JOIN attendance b ON b.session_id = $1 AND b.occurs_on = a.occurs_on
                          AND b.person_id = t.to_person_id
       ON CONFLICT DO NOTHING
       RETURNING tie_id`,
      [sessionId, occursOn, personId, WINDOW_DAYS, CO_ATTENDANCE_RULE.sharedOccurrences, now],
    );
    const tieIds = [...new Set(rows.map((row) => String(row.tie_id)))];
    await this.restrengthen(tieIds);
    return tieIds;
  }

  /**
   * A person is no longer recorded at a date (unticked, or they deleted the record): the evidence
   * that date gave their co-attendance ties goes; a tie left with fewer shared dates than the rule
   * asks for goes too, the rest are worked out again.
   */
  async forgetAttendance(sessionId: string, occursOn: string, personId: string): Promise<void> {
    // A DELETE answers [rows, count].
    const [rows] = await this.manager.query<[{ tie_id: string }[], number]>(
      `DELETE FROM tie_evidence e USING tie t
        WHERE e.tie_id = t.id AND e.kind = 'CO_ATTENDANCE'
          AND e.session_id = $1 AND e.occurs_on = $2::date
          AND (t.from_person_id = $3 OR t.to_person_id = $3)
       RETURNING e.tie_id`,
      [sessionId, occursOn, personId],
    );
    const tieIds = [...new Set(rows.map((row) => String(row.tie_id)))];
    if (tieIds.length === 0) return;
    await this.manager.query(
      `DELETE FROM tie t WHERE t.id = ANY($1::bigint[])
          AND (SELECT count(*) FROM tie_evidence e WHERE e.tie_id = t.id) < $2`,
      [tieIds, CO_ATTENDANCE_RULE.sharedOccurrences],
    );
    await this.restrengthen(tieIds, { exact: true });
  }

  /**
   * Co-attendance strength and dates from each tie's evidence (co-attendance-strength.ts). New
   * evidence never weakens a tie (a seeded one may be stronger than its few recorded dates say);
   * `exact` after evidence was taken away.
   */
  private async restrengthen(tieIds: string[], { exact = false } = {}): Promise<void> {
    if (tieIds.length === 0) return;
    await this.manager.query(
      `UPDATE tie t
          SET strength = ${exact ? CO_ATTENDANCE_STRENGTH_SQL('e.n') : `GREATEST(t.strength, ${CO_ATTENDANCE_STRENGTH_SQL('e.n')})`},
              last_seen_at = ${exact ? 'e.last' : 'GREATEST(t.last_seen_at, e.last)'},
              first_seen_at = LEAST(t.first_seen_at, e.first)
         FROM (SELECT tie_id, count(*)::int AS n, max(at) AS last, min(at) AS first
                 FROM tie_evidence WHERE tie_id = ANY($1::bigint[]) GROUP BY tie_id) e
        WHERE t.id = e.tie_id AND t.provenance = 'CO_ATTENDANCE'`,
      [tieIds],
    );
  }

  /** Whether an end removed a tie of this kind between these two (tie_refusal). */
  async refused(
    provenance: TieProvenance,
    personId: string,
    other: { personId: string } | { groupId: string },
  ): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      'personId' in other
        ? `SELECT 1 FROM tie_refusal WHERE provenance = $1
              AND person_id = LEAST($2::uuid, $3::uuid) AND other_person_id = GREATEST($2::uuid, $3::uuid)`
        : `SELECT 1 FROM tie_refusal WHERE provenance = $1 AND person_id = $2 AND group_id = $3`,
      [provenance, personId, 'personId' in other ? other.personId : other.groupId],
    );
    return rows.length > 0;
  }

  /** One piece of evidence for a tie (an exchange, a membership, a partnership). */
  async addEvidence(
    tieId: string,
    kind: TieProvenance,
    source: { exchangeId?: string; groupId?: string; partnershipId?: string },
    at: Date,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO tie_evidence (tie_id, kind, exchange_id, group_id, partnership_id, at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [
        tieId,
        kind,
        source.exchangeId ?? null,
        source.groupId ?? null,
        source.partnershipId ?? null,
        at,
      ],
    );
  }

  /**
   * The person's MEMBERSHIP tie to a group with its evidence, unless they removed that tie before.
   */
  async recordMembership(personId: string, groupId: string, at: Date): Promise<void> {
    if (await this.refused(TieProvenance.MEMBERSHIP, personId, { groupId })) return;
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(TieEntity)
      .values({
        kind: TieKind.PERSON_GROUP,
        provenance: TieProvenance.MEMBERSHIP,
        fromPersonId: personId,
        toGroupId: groupId,
        strength: 1,
        firstSeenAt: at,
        lastSeenAt: at,
      })
      .returning(['id'])
      .execute();
    const id = (inserted.identifiers[0] as { id: string } | undefined)?.id;
    if (id) await this.addEvidence(String(id), TieProvenance.MEMBERSHIP, { groupId }, at);
  }

  /** Leaving a group ends the evidence of belonging to it: the MEMBERSHIP tie goes. */
  async endMembership(personId: string, groupId: string): Promise<void> {
    await this.manager.query(
      `DELETE FROM tie WHERE kind = 'PERSON_GROUP' AND provenance = 'MEMBERSHIP'
          AND from_person_id = $1 AND to_group_id = $2`,
      [personId, groupId],
    );
  }

  /** My ties (I am a person end), hidden or not, the most recently seen first. */
  mine(personId: string, hidden: boolean, page: PageArgs): Promise<Page<TieEntity>> {
    const query = this.manager
      .getRepository(TieEntity)
      .createQueryBuilder('t')
      .where('(t.from_person_id = :personId OR t.to_person_id = :personId)', { personId })
      .andWhere(
        `${hidden ? '' : 'NOT '}EXISTS (SELECT 1 FROM tie_hidden h WHERE h.tie_id = t.id AND h.person_id = :personId)`,
      );
    return paginate(query, {
      sortBy: 't.last_seen_at',
      sortValue: (t) => t.lastSeenAt.toISOString(),
      direction: 'DESC',
      first: page.first,
      after: page.after,
    });
  }

  /** Which of these ties the person hid. */
  async hiddenBy(personId: string, tieIds: string[]): Promise<Set<string>> {
    if (tieIds.length === 0) return new Set();
    const rows = await this.manager.query<{ tie_id: string }[]>(
      `SELECT tie_id FROM tie_hidden WHERE person_id = $1 AND tie_id = ANY($2::bigint[])`,
      [personId, tieIds],
    );
    return new Set(rows.map((row) => String(row.tie_id)));
  }

  /**
   * The evidence of these ties summed up per kind (and per session, for co-attendance), the most
   * telling first: one query for a page of ties.
   */
  evidence(tieIds: string[]): Promise<EvidenceSummaryRow[]> {
    if (tieIds.length === 0) return Promise.resolve([]);
    return this.manager.query<EvidenceSummaryRow[]>(
      `SELECT e.tie_id::text AS tie_id, e.kind, e.session_id, s.title AS session_title,
              g.name AS group_name, count(*)::int AS count,
              to_char(max(e.occurs_on), 'YYYY-MM-DD') AS last_on,
              min(e.at) AS first_at, max(e.at) AS last_at
         FROM tie_evidence e
         LEFT JOIN session s ON s.id = e.session_id
         LEFT JOIN village_group g ON g.id = e.group_id
        WHERE e.tie_id = ANY($1::bigint[])
        GROUP BY e.tie_id, e.kind, e.session_id, s.title, g.name
        ORDER BY e.tie_id, count(*) DESC, max(e.at) DESC`,
      [tieIds],
    );
  }

  /** The tie, locked until the transaction ends, when the person is one of its ends; else null. */
  lockMine(tieId: string, personId: string): Promise<TieEntity | null> {
    return this.manager
      .getRepository(TieEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :tieId', { tieId })
      .andWhere('(t.from_person_id = :personId OR t.to_person_id = :personId)', { personId })
      .getOne();
  }

  async hide(tieId: string, personId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `INSERT INTO tie_hidden (tie_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING
       RETURNING tie_id`,
      [tieId, personId],
    );
    return rows.length > 0;
  }

  async unhide(tieId: string, personId: string): Promise<boolean> {
    const [, affected] = await this.manager.query<[unknown[], number]>(
      `DELETE FROM tie_hidden WHERE tie_id = $1 AND person_id = $2`,
      [tieId, personId],
    );
    return affected > 0;
  }

  /**
   * Removes the tie for both ends (its evidence and hidden marks go with it) and records the refusal
   * that stops evidence of the same kind between the same two from making it again.
   */
  async remove(tie: TieEntity, byPersonId: string): Promise<void> {
    const personal = tie.kind === TieKind.PERSON_PERSON;
    await this.manager.query(
      personal
        ? `INSERT INTO tie_refusal (provenance, person_id, other_person_id, refused_by_person_id)
           VALUES ($1, LEAST($2::uuid, $3::uuid), GREATEST($2::uuid, $3::uuid), $4)
           ON CONFLICT DO NOTHING`
        : `INSERT INTO tie_refusal (provenance, person_id, group_id, refused_by_person_id)
           VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [
        tie.provenance,
        tie.fromPersonId,
        personal ? tie.toPersonId : (tie.toGroupId ?? tie.fromGroupId),
        byPersonId,
      ],
    );
    await this.manager.delete(TieEntity, { id: tie.id });
  }

  /** Erasure: every tie with the person at an end (evidence and hidden marks go with them) and every refusal about them. */
  async eraseAllOf(personId: string): Promise<void> {
    await this.manager.query(`DELETE FROM tie WHERE from_person_id = $1 OR to_person_id = $1`, [
      personId,
    ]);
    await this.manager.query(
      `DELETE FROM tie_refusal WHERE person_id = $1 OR other_person_id = $1 OR refused_by_person_id = $1`,
      [personId],
    );
  }
}
