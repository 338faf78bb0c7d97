import { Inject, Injectable } from '@nestjs/common';
import type { TieSource } from '@village/social-graph';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { DATA_SOURCE } from '../database/tokens';
import { notFound } from '../graphql/domain-error';
import { Page, PageArgs } from '../graphql/pagination';
import { ACTIVE_TIE_THRESHOLD, EVENT_SOURCES, tieWeight } from '../ties/tie-fading';
import { TieEntity } from '../ties/tie.entity';
import { EvidenceSummaryRow, TiesRepository } from '../ties/ties.repository';
import { MyTieModel, TieReasonModel } from './my-tie.model';

function reasonOf(row: EvidenceSummaryRow): TieReasonModel {
  return {
    kind: row.kind,
    count: row.count,
    sessionId: row.session_id,
    sessionTitle: row.session_title,
    groupName: row.group_name,
    lastOn: row.last_on,
    firstAt: row.first_at,
    lastAt: row.last_at,
  };
}

/**
 * A person's own ties: listed with why they exist and how strong they are now, hidden and shown
 * again, removed for good. Each change is audited as a change to the person's own data.
 */
@Injectable()
export class MyTiesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** A page of my ties (hidden ones, or the rest), with reasons read in one query for the page. */
  async list(
    personId: string,
    hidden: boolean,
    page: PageArgs,
    now = new Date(),
  ): Promise<Page<MyTieModel>> {
    const repository = TiesRepository.of(this.dataSource);
    const found = await repository.mine(personId, hidden, page);
    const models = await this.models(
      repository,
      personId,
      found.edges.map((edge) => edge.node),
      now,
    );
    return {
      pageInfo: found.pageInfo,
      edges: found.edges.map((edge, i) => ({ cursor: edge.cursor, node: models[i]! })),
    };
  }

  private async models(
    repository: TiesRepository,
    personId: string,
    ties: TieEntity[],
    now: Date,
  ): Promise<MyTieModel[]> {
    const ids = ties.map((tie) => String(tie.id));
    const [evidence, hiddenIds] = await Promise.all([
      repository.evidence(ids),
      repository.hiddenBy(personId, ids),
    ]);
    const reasons = new Map<string, TieReasonModel[]>(ids.map((id) => [id, []]));
    for (const row of evidence) reasons.get(String(row.tie_id))?.push(reasonOf(row));
    return ties.map((tie) => {
      const id = String(tie.id);
      const source = tie.provenance as TieSource;
      const weight = tieWeight(tie.strength, tie.lastSeenAt, now, source);
      const tieReasons = reasons.get(id) ?? [];
      const mineIsFrom = tie.fromPersonId === personId;
      return {
        id,
        kind: tie.kind,
        provenance: tie.provenance,
        strength: tie.strength,
        weight,
        fades: EVENT_SOURCES.includes(source),
        active: weight >= ACTIVE_TIE_THRESHOLD,
        hidden: hiddenIds.has(id),
        evidenceCount: tieReasons.reduce((sum, reason) => sum + reason.count, 0),
        reasons: tieReasons,
        firstSeenAt: tie.firstSeenAt,
        lastSeenAt: tie.lastSeenAt,
        otherPersonId: mineIsFrom ? tie.toPersonId : tie.fromPersonId,
        otherGroupId: tie.toGroupId ?? tie.fromGroupId,
      };
    });
  }

  /** The tie, locked, when I am an end of it: the same NOT_FOUND for a tie that is not mine. */
  private async lockMine(
    manager: EntityManager,
    tieId: string,
    personId: string,
  ): Promise<TieEntity> {
    const tie = await new TiesRepository(manager).lockMine(tieId, personId);
    if (!tie) throw notFound('connection');
    return tie;
  }

  /** Hides (or shows again) one of my ties for me; the other end's view does not change. */
  async setHidden(
    tieId: string,
    personId: string,
    hidden: boolean,
    now = new Date(),
  ): Promise<MyTieModel> {
    return this.dataSource.transaction(async (manager) => {
      const tie = await this.lockMine(manager, tieId, personId);
      const repository = new TiesRepository(manager);
      const changed = hidden
        ? await repository.hide(tieId, personId)
        : await repository.unhide(tieId, personId);
      if (changed)
        await this.audit.recordOwn(
          personId,
          `tie:${hidden ? 'hidden' : 'shown'}:${tieId}`,
          manager,
        );
      const [model] = await this.models(repository, personId, [tie], now);
      return model!;
    });
  }

  /**
   * Removes one of my ties for both ends, with its evidence, and records that evidence of the same
   * kind between us must not make it again.
   */
  async remove(tieId: string, personId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const tie = await this.lockMine(manager, tieId, personId);
      await new TiesRepository(manager).remove(tie, personId);
      await this.audit.recordOwn(personId, `tie:removed:${tie.provenance}:${tieId}`, manager);
    });
    return true;
  }
}
