import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { AccountRole } from '@village/shared';
import type { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, DATA_SOURCE, LOGGER } from '../database/tokens';
import { databaseUrlOf, ensureAnalysisQueue, requestAnalysis } from './analysis-queue';
import { createBoss, queueOptions } from './analysis-worker';
import { GraphPersonMeasureEntity } from './graph-person-measure.entity';
import {
  GraphAnalysisTrigger,
  GraphSnapshotEntity,
  GraphSnapshotStatus,
} from './graph-snapshot.entity';
import {
  HouseholdConnectednessSummaryModel,
  MyConnectednessModel,
  SMALLEST_AREA_SHOWN,
  SocialGraphAreaModel,
} from './social-graph-analysis.model';

/** Most runs the history gives back at once. */
export const MOST_RUNS = 50;

/**
 * Serves the analysis: queues runs (pg-boss, on the app's database; the work happens in the
 * analytics workers, never here) and reads snapshots, only ever COMPLETE ones for figures.
 */
@Injectable()
export class AnalyticsService implements OnModuleDestroy {
  private boss: Promise<PgBoss> | null = null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  private queue(): Promise<PgBoss> {
    this.boss ??= (async () => {
      const url = databaseUrlOf(this.dataSource);
      const boss = createBoss(url, 'api', this.config.graphAnalysisHeartbeatSeconds);
      boss.on('error', (error) => this.logger.error({ err: error }, 'analysis queue error'));
      await boss.start();
      await ensureAnalysisQueue(boss, queueOptions(this.config.graphAnalysisHeartbeatSeconds));
      return boss;
    })().catch((error: unknown) => {
      this.boss = null;
      throw error;
    });
    return this.boss;
  }

  /** Queues a run for the workers (or joins the one waiting) and returns its row. */
  async start(requestedByPersonId: string): Promise<GraphSnapshotEntity> {
    const id = await requestAnalysis(
      await this.queue(),
      (sql, params) => this.dataSource.query(sql, params),
      { trigger: GraphAnalysisTrigger.MANUAL, requestedByPersonId },
      queueOptions(this.config.graphAnalysisHeartbeatSeconds),
    );
    return (await this.byId(id))!;
  }

  byId(id: string): Promise<GraphSnapshotEntity | null> {
    return this.dataSource.getRepository(GraphSnapshotEntity).findOneBy({ id });
  }

  /** The newest COMPLETE snapshot: the only kind whose figures are ever served. */
  latestComplete(): Promise<GraphSnapshotEntity | null> {
    return this.dataSource.getRepository(GraphSnapshotEntity).findOne({
      where: { status: GraphSnapshotStatus.COMPLETE },
      order: { finishedAt: 'DESC' },
    });
  }

  history(first: number): Promise<GraphSnapshotEntity[]> {
    return this.dataSource
      .getRepository(GraphSnapshotEntity)
      .find({ order: { createdAt: 'DESC' }, take: Math.min(first, MOST_RUNS) });
  }

  async areas(snapshotId: string): Promise<SocialGraphAreaModel[]> {
    const rows = await this.dataSource.query<
      {
        area_cell: string;
        people: number;
        share_without_active_tie: number;
        median_active_ties: number;
        share_with_bridging_tie: number;
        share_with_linking_tie: number;
        share_of_households_isolated: number;
      }[]
    >(
      `SELECT * FROM graph_area_measure WHERE snapshot_id = $1 AND people >= $2 ORDER BY area_cell`,
      [snapshotId, SMALLEST_AREA_SHOWN],
    );
    return rows.map((row) => ({
      areaCell: row.area_cell,
      people: row.people,
      shareWithoutActiveTie: row.share_without_active_tie,
      medianActiveTies: row.median_active_ties,
      shareWithBridgingTie: row.share_with_bridging_tie,
      shareWithLinkingTie: row.share_with_linking_tie,
      shareOfHouseholdsIsolated: row.share_of_households_isolated,
    }));
  }

  async households(snapshotId: string): Promise<HouseholdConnectednessSummaryModel> {
    const [totals] = await this.dataSource.query<{ households: number; isolated: number }[]>(
      `SELECT count(*)::int AS households,
              (count(*) FILTER (WHERE cardinality(factors) >= 3))::int AS isolated
         FROM graph_household_connectedness WHERE snapshot_id = $1`,
      [snapshotId],
    );
    const factors = await this.dataSource.query<{ factor: string; households: number }[]>(
      `SELECT factor, count(*)::int AS households
         FROM graph_household_connectedness, unnest(factors) AS factor
        WHERE snapshot_id = $1 GROUP BY factor ORDER BY factor`,
      [snapshotId],
    );
    return { households: totals?.households ?? 0, isolated: totals?.isolated ?? 0, factors };
  }

  /** The person's own measures in the newest COMPLETE snapshot that has them. */
  async mine(personId: string): Promise<MyConnectednessModel | null> {
    const latest = await this.latestComplete();
    if (!latest) return null;
    const row = await this.dataSource
      .getRepository(GraphPersonMeasureEntity)
      .findOneBy({ snapshotId: latest.id, personId });
    if (!row) return null;
    return {
      at: latest.at!,
      activeTies: row.activeTies,
      bondingTies: row.bondingTies,
      bridgingTies: row.bridgingTies,
      linkingTies: row.linkingTies,
      groups: row.groups,
      helpGiven: row.helpGiven,
      helpReceived: row.helpReceived,
      egoOneHop: row.egoOneHop,
      egoTwoHop: row.egoTwoHop,
    };
  }

  /** Read afresh for each live event: a subscription outlives the role it was opened with. */
  async isAdmin(personId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ admin: boolean }[]>(
      `SELECT $2::account_role = ANY(roles) AS admin FROM account WHERE person_id = $1`,
      [personId, AccountRole.ADMIN],
    );
    return row?.admin ?? false;
  }

  async onModuleDestroy(): Promise<void> {
    const boss = await this.boss?.catch(() => null);
    this.boss = null;
    await boss?.stop({ graceful: false, timeout: 2000 });
  }
}
