import { TieKind, TieProvenance } from '@village/shared';
import { EntityManager } from 'typeorm';
import { TieEntity } from './tie.entity';
import { TiesRepository } from './ties.repository';

/** A first exchange makes a tie this strong; each further one closes 40% of the gap to 1. */
export const FIRST_EXCHANGE_STRENGTH = 0.5;

export function strengthenedByExchange(strength: number): number {
  return Math.min(1, 1 - (1 - strength) * 0.6);
}

/** The two ends of an exchange's tie: the responder, and the post's author or group. */
export interface ExchangeTieEnds {
  responderPersonId: string;
  postPersonId: string | null;
  postGroupId: string | null;
}

/**
 * Creates the EXCHANGED_HELP tie between the two sides of a fulfilled exchange, or strengthens the
 * one they already have (in either direction), recording the exchange as its evidence (tie_evidence,
 * and `exchangeId` for the latest). Person to person for a person's post; person to group for a
 * group's post. Nothing when an end removed such a tie before (tie_refusal). Runs in the caller's
 * transaction.
 */
export async function recordExchangeTie(
  manager: EntityManager,
  exchangeId: string,
  ends: ExchangeTieEnds,
  at: Date,
): Promise<TieEntity | null> {
  const repository = new TiesRepository(manager);
  const other = ends.postPersonId
    ? { personId: ends.postPersonId }
    : { groupId: ends.postGroupId! };
  if (await repository.refused(TieProvenance.EXCHANGED_HELP, ends.responderPersonId, other))
    return null;
  const ties = manager.getRepository(TieEntity);
  const query = ties
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.provenance = :provenance', { provenance: TieProvenance.EXCHANGED_HELP });
  if (ends.postPersonId)
    query.andWhere(
      `t.kind = :kind AND ((t.from_person_id = :a AND t.to_person_id = :b) OR (t.from_person_id = :b AND t.to_person_id = :a))`,
      { kind: TieKind.PERSON_PERSON, a: ends.responderPersonId, b: ends.postPersonId },
    );
  else
    query.andWhere('t.kind = :kind AND t.from_person_id = :a AND t.to_group_id = :g', {
      kind: TieKind.PERSON_GROUP,
      a: ends.responderPersonId,
      g: ends.postGroupId,
    });
  const existing = await query.getOne();
  if (existing) {
    existing.strength = strengthenedByExchange(existing.strength);
    existing.lastSeenAt = at;
    existing.exchangeId = exchangeId;
    const saved = await ties.save(existing);
    await repository.addEvidence(saved.id, TieProvenance.EXCHANGED_HELP, { exchangeId }, at);
    return saved;
  }
  const made = await ties.save({
    kind: ends.postPersonId ? TieKind.PERSON_PERSON : TieKind.PERSON_GROUP,
    provenance: TieProvenance.EXCHANGED_HELP,
    strength: FIRST_EXCHANGE_STRENGTH,
    fromPersonId: ends.responderPersonId,
    toPersonId: ends.postPersonId,
    toGroupId: ends.postPersonId ? null : ends.postGroupId,
    exchangeId,
    firstSeenAt: at,
    lastSeenAt: at,
  });
  await repository.addEvidence(made.id, TieProvenance.EXCHANGED_HELP, { exchangeId }, at);
  return made;
}
