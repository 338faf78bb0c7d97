import { TieKind, TieProvenance } from '@village/shared';
import { EntityManager } from 'typeorm';
import { TieEntity } from './tie.entity';
import { TiesRepository } from './ties.repository';

/**
 * The GROUP_GROUP tie of an accepted partnership, from the proposing group to the accepting one,
 * with the partnership as its provenance and evidence. Runs in the caller's transaction.
 */
export async function recordPartnershipTie(
  manager: EntityManager,
  partnership: { id: string; fromGroupId: string; toGroupId: string },
  at: Date,
): Promise<void> {
  const { identifiers } = await manager.getRepository(TieEntity).insert({
    kind: TieKind.GROUP_GROUP,
    provenance: TieProvenance.PARTNERSHIP,
    strength: 1,
    fromGroupId: partnership.fromGroupId,
    toGroupId: partnership.toGroupId,
    partnershipId: partnership.id,
    firstSeenAt: at,
    lastSeenAt: at,
  });
  const tieId = (identifiers[0] as { id: string } | undefined)?.id;
  if (tieId)
    await new TiesRepository(manager).addEvidence(
      String(tieId),
      TieProvenance.PARTNERSHIP,
      { partnershipId: partnership.id },
      at,
    );
}

/**
 * Ends a partnership's tie: the graph holds only partnerships in force; the partnership record
 * keeps when it began and ended. Runs in the caller's transaction.
 */
export async function endPartnershipTie(
  manager: EntityManager,
  partnershipId: string,
): Promise<void> {
  await manager.delete(TieEntity, {
    partnershipId,
    kind: TieKind.GROUP_GROUP,
    provenance: TieProvenance.PARTNERSHIP,
  });
}
