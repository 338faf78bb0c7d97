import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { SpaceEntity } from './space.entity';
import type { OpeningPeriod } from './space.entity';
import type { AccessibilityFeature, SpaceKind } from '@village/shared';

export enum SpaceChangeStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** The fields of a space a proposal may change: what `updateSpace` takes. */
export interface SpaceFields {
  name?: string;
  kind?: SpaceKind;
  address?: string;
  postcode?: string;
  latitude?: number;
  longitude?: number;
  accessibility?: AccessibilityFeature[];
  openingHours?: OpeningPeriod[];
}

/**
 * A change to a space suggested by an organiser who is not its steward. A steward accepts it (the
 * proposed fields are applied, if nobody changed them since) or declines it.
 */
@Entity('space_change_proposal')
@Index('IDX_space_change_proposal_space', ['spaceId', 'status'])
export class SpaceChangeProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  space?: SpaceEntity;

  @Index()
  @Column({ type: 'uuid' })
  proposerPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  proposerPerson?: PersonEntity;

  /** The proposed values, only of the fields the proposer wants changed. */
  @Column({ type: 'jsonb' })
  changes!: SpaceFields;

  /** Those fields' values when the change was proposed: accepting refuses if they moved since. */
  @Column({ type: 'jsonb' })
  base!: SpaceFields;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({
    type: 'enum',
    enum: SpaceChangeStatus,
    enumName: 'space_change_status',
    default: SpaceChangeStatus.PENDING,
  })
  status!: SpaceChangeStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedByPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  decidedByPerson?: PersonEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', default: '' })
  decisionNote!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
