import { EntityManager, QueryFailedError } from 'typeorm';
import { conflict, notFound } from '../graphql/domain-error';
import { OPEN_PAIR_INDEX, PartnershipEntity, PartnershipStatus } from './partnership.entity';

const OPEN = [PartnershipStatus.PENDING, PartnershipStatus.ACTIVE];

/** The message for a pair that already has a pending or active partnership, whichever way round. */
export function openPairConflict(existing: Pick<PartnershipEntity, 'status'> | null) {
  if (existing?.status === PartnershipStatus.ACTIVE)
    return conflict('These groups are already partners.');
  return conflict(
    'These groups already have a partnership proposal waiting for an answer: accept or withdraw that one first.',
  );
}

/** SQL about partnerships, in one place. */
export const partnershipsRepository = {
  /** The pending or active partnership of two groups, either way round. */
  openBetween(manager: EntityManager, a: string, b: string): Promise<PartnershipEntity | null> {
    return manager
      .getRepository(PartnershipEntity)
      .createQueryBuilder('p')
      .where(
        '((p.from_group_id = :a AND p.to_group_id = :b) OR (p.from_group_id = :b AND p.to_group_id = :a))',
        { a, b },
      )
      .andWhere('p.status IN (:...open)', { open: OPEN })
      .getOne();
  },

  /**
   * Inserts a pending proposal. The unique index on the open pair is what keeps two at once out
   * (two organisers proposing to each other at the same moment): its violation becomes a CONFLICT.
   */
  async insertPending(
    manager: EntityManager,
    row: Pick<PartnershipEntity, 'fromGroupId' | 'toGroupId' | 'note'>,
  ): Promise<PartnershipEntity> {
    try {
      return await manager.getRepository(PartnershipEntity).save({ ...row });
    } catch (error) {
      const driver = (error as QueryFailedError & { driverError?: { constraint?: string } })
        .driverError;
      if (error instanceof QueryFailedError && driver?.constraint === OPEN_PAIR_INDEX)
        throw openPairConflict(null);
      throw error;
    }
  },

  /** The partnership, locked until the transaction ends so two answers cannot cross. */
  async lock(manager: EntityManager, id: string): Promise<PartnershipEntity> {
    const partnership = await manager
      .getRepository(PartnershipEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!partnership) throw notFound('partnership');
    return partnership;
  },
};
