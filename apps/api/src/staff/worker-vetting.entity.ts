import { VettingCheck } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * Makes a person a community worker for one organisation, for as long as their background check
 * is in date. Worker access ends on `expiresOn` itself, checked on every request.
 */
@Entity('worker_vetting')
@Index(['personId', 'organisationId'])
export class WorkerVettingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  organisation?: GroupEntity;

  @Column({ type: 'enum', enum: VettingCheck, enumName: 'vetting_check' })
  checkType!: VettingCheck;

  @Column({ type: 'date' })
  issuedOn!: string;

  /** The first day the check no longer counts. */
  @Column({ type: 'date' })
  expiresOn!: string;

  /** The admin or safeguarding lead who saw the certificate (kept if their account goes). */
  @Column({ type: 'uuid', nullable: true })
  verifiedByPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  verifiedByPerson?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  verifiedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
