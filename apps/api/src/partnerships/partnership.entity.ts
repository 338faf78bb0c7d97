import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { GroupEntity } from '../groups/group.entity';

export enum PartnershipStatus {
  /** Proposed by `fromGroup`, waiting for `toGroup`'s organisers. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  /** The proposing group took it back before an answer. */
  WITHDRAWN = 'WITHDRAWN',
  ENDED = 'ENDED',
}

/** The unique index on the unordered pair of groups, while a partnership is pending or active. */
export const OPEN_PAIR_INDEX = 'UQ_group_partnership_open_pair';

/**
 * A partnership between two groups: one proposes, the other accepts, either ends it. Two groups have
 * at most one pending or active partnership, in either direction (a unique index on the pair,
 * created in SQL: TypeORM cannot describe LEAST/GREATEST). Who acted is in the audit log.
 */
@Entity('group_partnership')
@Check('CHK_group_partnership_two_groups', 'from_group_id <> to_group_id')
@Index(OPEN_PAIR_INDEX, { synchronize: false })
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  fromGroupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  fromGroup?: GroupEntity;

  @Index()
  @Column({ type: 'uuid' })
  toGroupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  toGroup?: GroupEntity;

  @Column({
    type: 'enum',
    enum: PartnershipStatus,
    enumName: 'partnership_status',
    default: PartnershipStatus.PENDING,
  })
  status!: PartnershipStatus;

  /** What the proposing group wrote to the other: for both groups' organisers. */
  @Column({ type: 'text', default: '' })
  note!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  proposedAt!: Date;

  /** When it was accepted or declined. */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  /** When it was withdrawn or ended. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** The group whose organiser withdrew or ended it. */
  @Column({ type: 'uuid', nullable: true })
  endedByGroupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'SET NULL' })
  endedByGroup?: GroupEntity | null;
}
