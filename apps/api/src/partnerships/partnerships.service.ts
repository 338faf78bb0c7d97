import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import type { RequestAccess } from '../access/request-access';
import { AuditLog } from '../audit/audit-log';
import { requireExists } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { badInput, conflict } from '../graphql/domain-error';
import { GroupEntity } from '../groups/group.entity';
import { endPartnershipTie, recordPartnershipTie } from '../ties/partnership-ties';
import { PartnershipEntity, PartnershipStatus } from './partnership.entity';
import { openPairConflict, partnershipsRepository } from './partnerships.repository';

type PartnershipAction = 'proposed' | 'accepted' | 'declined' | 'withdrawn' | 'ended';

/**
 * Partnerships between groups: one group's organiser proposes, the other group's accepts or
 * declines, either ends it. Accepting writes the group–group tie in the same transaction, ending
 * removes it; every step is audited in its transaction, through the group the organiser acted for.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async propose(
    fromGroupId: string,
    toGroupId: string,
    note: string,
    access: RequestAccess,
  ): Promise<PartnershipEntity> {
    if (fromGroupId === toGroupId)
      throw badInput('A group cannot partner with itself: choose another group.', 'toGroupId');
    return this.dataSource.transaction(async (manager) => {
      await requireExists(manager, GroupEntity, toGroupId, 'group');
      const existing = await partnershipsRepository.openBetween(manager, fromGroupId, toGroupId);
      if (existing) throw openPairConflict(existing);
      const partnership = await partnershipsRepository.insertPending(manager, {
        fromGroupId,
        toGroupId,
        note: note.trim(),
      });
      await this.record(manager, access, partnership.id, 'proposed', fromGroupId);
      return partnership;
    });
  }

  /** The invited group's organiser accepts: the partnership and its tie, together. */
  accept(id: string, access: RequestAccess): Promise<PartnershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await this.pending(manager, id);
      const now = new Date();
      const saved = await manager
        .getRepository(PartnershipEntity)
        .save({ ...partnership, status: PartnershipStatus.ACTIVE, respondedAt: now });
      await recordPartnershipTie(manager, saved, now);
      await this.record(manager, access, id, 'accepted', partnership.toGroupId);
      return saved;
    });
  }

  decline(id: string, access: RequestAccess): Promise<PartnershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await this.pending(manager, id);
      const saved = await manager
        .getRepository(PartnershipEntity)
        .save({ ...partnership, status: PartnershipStatus.DECLINED, respondedAt: new Date() });
      await this.record(manager, access, id, 'declined', partnership.toGroupId);
      return saved;
    });
  }

  /**
   * Either group's organiser ends an active partnership (its tie goes with it). A pending one is
   * withdrawn by the proposing group's organiser; the invited group declines instead.
   */
  end(id: string, access: RequestAccess): Promise<PartnershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await partnershipsRepository.lock(manager, id);
      const organisesFrom = await access.isOrganiserOf(partnership.fromGroupId);
      const actingGroupId = organisesFrom ? partnership.fromGroupId : partnership.toGroupId;
      let status: PartnershipStatus;
      if (partnership.status === PartnershipStatus.ACTIVE) {
        status = PartnershipStatus.ENDED;
        await endPartnershipTie(manager, id);
      } else if (partnership.status === PartnershipStatus.PENDING) {
        if (!organisesFrom)
          throw conflict('This proposal is for your group to answer: decline it instead.');
        status = PartnershipStatus.WITHDRAWN;
      } else {
        throw conflict('This partnership has already ended.');
      }
      const saved = await manager.getRepository(PartnershipEntity).save({
        ...partnership,
        status,
        endedAt: new Date(),
        endedByGroupId: actingGroupId,
      });
      await this.record(
        manager,
        access,
        id,
        status === PartnershipStatus.ENDED ? 'ended' : 'withdrawn',
        actingGroupId,
      );
      return saved;
    });
  }

  private async pending(manager: EntityManager, id: string): Promise<PartnershipEntity> {
    const partnership = await partnershipsRepository.lock(manager, id);
    if (partnership.status !== PartnershipStatus.PENDING)
      throw conflict(
        `This proposal has already been answered or taken back (it is ${partnership.status.toLowerCase()}).`,
      );
    return partnership;
  }

  private record(
    manager: EntityManager,
    access: RequestAccess,
    partnershipId: string,
    action: PartnershipAction,
    viaGroupId: string,
  ): Promise<void> {
    return this.audit.record(
      {
        actorPersonId: access.viewer!.personId,
        subjectPersonId: null,
        action: `partnership:${action}:${partnershipId}`,
        basis: AccessBasisKind.ORGANISER,
        viaGroupId,
        purpose: null,
      },
      manager,
    );
  }
}
