import { TieKind, TieProvenance } from '@village/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { SpaceEntity } from '../spaces/space.entity';

/**
 * One co-attendance tie per pair of people, whichever way round: a unique index on the unordered
 * pair, created in SQL (TypeORM cannot describe LEAST/GREATEST). Check-ins upsert against it.
 */
export const CO_ATTENDANCE_PAIR_INDEX = 'UQ_tie_co_attendance_pair';

/**
 * An edge of the social graph. Each end is a real foreign key (so erasing a person reaches their ties);
 * which columns are set is fixed by `kind` and enforced by a check constraint.
 */
@Entity('tie')
@Check(
  'CHK_tie_endpoints',
  `(kind = 'PERSON_PERSON' AND from_person_id IS NOT NULL AND to_person_id IS NOT NULL AND from_group_id IS NULL AND to_group_id IS NULL AND to_space_id IS NULL)
  OR (kind = 'PERSON_GROUP' AND from_person_id IS NOT NULL AND to_group_id IS NOT NULL AND from_group_id IS NULL AND to_person_id IS NULL AND to_space_id IS NULL)
  OR (kind = 'GROUP_GROUP' AND from_group_id IS NOT NULL AND to_group_id IS NOT NULL AND from_person_id IS NULL AND to_person_id IS NULL AND to_space_id IS NULL)
  OR (kind = 'GROUP_SPACE' AND from_group_id IS NOT NULL AND to_space_id IS NOT NULL AND from_person_id IS NULL AND to_person_id IS NULL AND to_group_id IS NULL)`,
)
@Index(CO_ATTENDANCE_PAIR_INDEX, { synchronize: false })
export class TieEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'enum', enum: TieKind, enumName: 'tie_kind' })
  kind!: TieKind;

  @Column({ type: 'enum', enum: TieProvenance, enumName: 'tie_provenance' })
  provenance!: TieProvenance;

  /**
   * What its evidence (tie_evidence) adds up to, in (0, 1], before fading: the engine's `tieWeight`
   * fades it from `lastSeenAt` for event evidence.
   */
  @Column({ type: 'real', default: 1 })
  strength!: number;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  fromPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  fromPerson?: PersonEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  fromGroupId!: string | null;

  // Groups are named rather than imported: they record ties, so ties may not import them.
  @ManyToOne('GroupEntity', { onDelete: 'CASCADE' })
  fromGroup?: unknown;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  toPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  toPerson?: PersonEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  toGroupId!: string | null;

  @ManyToOne('GroupEntity', { onDelete: 'CASCADE' })
  toGroup?: unknown;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  toSpaceId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  toSpace?: SpaceEntity | null;

  /** For EXCHANGED_HELP ties: the exchange that made or last strengthened the tie. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  exchangeId!: string | null;

  // Named rather than imported: exchanges are a feature, a floor above ties.
  @ManyToOne('ExchangeEntity', { onDelete: 'SET NULL' })
  exchange?: unknown;

  /** For PARTNERSHIP ties: the partnership between the two groups; the tie lasts while it does. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  partnershipId!: string | null;

  // Named rather than imported: partnerships are a feature, a floor above ties.
  @ManyToOne('PartnershipEntity', { onDelete: 'CASCADE' })
  partnership?: unknown;

  @Column({ type: 'timestamptz' })
  firstSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
