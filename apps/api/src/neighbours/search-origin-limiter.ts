import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, DATA_SOURCE } from '../database/tokens';
import { DomainError, ErrorCode } from '../graphql/domain-error';
import { originDecision, RecentOrigin, SEARCH_ORIGIN_WINDOW_MS } from './search-origin-limit';

/** Namespace of the per-account advisory lock (first key of `pg_advisory_xact_lock(int, int)`). */
const LOCK_NAMESPACE = 0x7eaf;

/**
 * Counts the distinct cells each account searches for people from, in PostgreSQL, so that several
 * API processes enforce one limit. Moving the search point around is how someone would try to
 * trilaterate a home; the answers cannot place a home more finely than its cell anyway, and this
 * limit makes even mapping whole cells slow.
 */
@Injectable()
export class SearchOriginLimiter {
  readonly perHour: number;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.perHour = config.peopleSearchOriginsPerHour;
  }

  /** Records a search from `originCell`, or refuses it with RATE_LIMITED. */
  async admit(accountId: string, originCell: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // One search at a time per account, so two processes cannot both let an 11th origin in.
      const [clock] = await manager.query<{ now: Date }[]>(
        `SELECT now() AS now, pg_advisory_xact_lock($1, hashtext($2)) AS locked`,
        [LOCK_NAMESPACE, accountId],
      );
      await manager.query(
        `DELETE FROM people_search_origin
          WHERE account_id = $1 AND last_searched_at <= now() - make_interval(secs => $2)`,
        [accountId, SEARCH_ORIGIN_WINDOW_MS / 1000],
      );
      const recent = await manager.query<RecentOrigin[]>(
        `SELECT origin_cell AS "originCell", last_searched_at AS "lastSearchedAt"
           FROM people_search_origin WHERE account_id = $1`,
        [accountId],
      );
      const decision = originDecision(recent, originCell, this.perHour, clock!.now);
      if (decision.kind === 'refuse') {
        const minutes = Math.ceil(decision.retryAfterSeconds / 60);
        throw new DomainError(
          ErrorCode.RATE_LIMITED,
          `You have searched for parents from ${this.perHour} different places in the last hour, ` +
            `the most we allow, so that nobody can work out where someone lives. You can search ` +
            `again from a place you have already used, or from a new place in ` +
            `${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
          'near',
          { retryAfterSeconds: decision.retryAfterSeconds },
        );
      }
      await manager.query(
        `INSERT INTO people_search_origin (account_id, origin_cell, last_searched_at)
         VALUES ($1, $2, now())
         ON CONFLICT (account_id, origin_cell) DO UPDATE SET last_searched_at = now()`,
        [accountId, originCell],
      );
    });
  }
}
