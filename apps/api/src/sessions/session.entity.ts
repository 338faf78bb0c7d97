import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { dateArray } from '../database/date-array.transformer';
import { GroupEntity } from '../groups/group.entity';
import { SpaceEntity } from '../spaces/space.entity';

@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  group?: GroupEntity;

  @Index()
  @Column({ type: 'uuid' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'RESTRICT' })
  space?: SpaceEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** RFC 5545 RRULE without DTSTART, expanded in `timeZone`. */
  @Column({ type: 'text' })
  recurrence!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'time without time zone' })
  startTime!: string;

  @Column({ type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text', default: 'Europe/London' })
  timeZone!: string;

  @Column({ type: 'date', array: true, default: () => "'{}'", transformer: dateArray })
  cancelledDates!: string[];

  /** Youngest age in months; negative months are pregnancy (-9 … -1). */
  @Column({ type: 'integer' })
  minAgeMonths!: number;

  @Column({ type: 'integer' })
  maxAgeMonths!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'integer', default: 0 })
  costPence!: number;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
