import { TieProvenance } from '@village/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TieEntity } from './tie.entity';

/**
 * One piece of evidence behind a tie: a date two people were both at a session, an exchange, a
 * membership, a partnership. The tie's strength is worked out from its evidence (ties.repository.ts),
 * and "you were both at Tuesday Stay & Play 4 times" is read from here. Which source column is set
 * follows `kind`. Deleting the tie deletes its evidence; ties loaded from the synthetic town have
 * none (docs/social-graph.md, "Ties and their evidence").
 */
@Entity('tie_evidence')
@Index('UQ_tie_evidence_date', ['tieId', 'sessionId', 'occursOn'], {
  unique: true,
  where: 'session_id IS NOT NULL',
})
@Index('UQ_tie_evidence_exchange', ['tieId', 'exchangeId'], {
  unique: true,
  where: 'exchange_id IS NOT NULL',
})
@Index('IDX_tie_evidence_date', ['sessionId', 'occursOn'], { where: 'session_id IS NOT NULL' })
@Check(
  'CHK_tie_evidence_source',
  `(kind = 'CO_ATTENDANCE') = (session_id IS NOT NULL AND occurs_on IS NOT NULL)`,
)
export class TieEvidenceEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index()
  @Column({ type: 'bigint' })
  tieId!: string;

  @ManyToOne(() => TieEntity, { onDelete: 'CASCADE' })
  tie?: TieEntity;

  @Column({ type: 'enum', enum: TieProvenance, enumName: 'tie_provenance' })
  kind!: TieProvenance;

  /** CO_ATTENDANCE: the session both were at, and which date of it. */
  @Column({ type: 'uuid', nullable: true })
  sessionId!: string | null;

  // Named rather than imported, as the tie's own ends are.
  @ManyToOne('SessionEntity', { onDelete: 'CASCADE' })
  session?: unknown;

  @Column({ type: 'date', nullable: true })
  occursOn!: string | null;

  /** EXCHANGED_HELP: the fulfilled exchange. */
  @Column({ type: 'uuid', nullable: true })
  exchangeId!: string | null;

  @ManyToOne('ExchangeEntity', { onDelete: 'CASCADE' })
  exchange?: unknown;

  /** MEMBERSHIP: the group joined. */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne('GroupEntity', { onDelete: 'CASCADE' })
  group?: unknown;

  /** PARTNERSHIP: the partnership accepted. */
  @Column({ type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne('PartnershipEntity', { onDelete: 'CASCADE' })
  partnership?: unknown;

  /** When the evidence was seen (both recorded as there; the exchange fulfilled; joined). */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
