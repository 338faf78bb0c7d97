import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  ValueTransformer,
} from 'typeorm';
import type { DateMove, TimeChange } from '@village/shared';
import { dateArray } from '../database/date-array.transformer';
import { GroupEntity } from '../groups/group.entity';
import { SpaceEntity } from '../spaces/space.entity';

const hoursAndMinutes: ValueTransformer = {
  from: (time: string | null) => time?.slice(0, 5) ?? time,
  to: (time: string | undefined) => time,
};

/**
 * A group's recurring session. Its per-date changes (cancelled dates with their reasons, moved
 * dates, time changes from a date on) live on its row, so every reader of a session (discovery,
 * calendar feeds, going, check-in) expands the same dates with `scheduleOf` and no second query.
 */
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

  /** `HH:MM` on every read and write: PostgreSQL's `time` answers `HH:MM:SS`, cut here. */
  @Column({ type: 'time without time zone', transformer: hoursAndMinutes })
  startTime!: string;

  @Column({ type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text', default: 'Europe/London' })
  timeZone!: string;

  @Column({ type: 'date', array: true, default: () => "'{}'", transformer: dateArray })
  cancelledDates!: string[];

  /** Why a cancelled date is off, by its date (`occursOn`), for the people going. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  cancellationReasons!: Record<string, string>;

  /** Dates moved elsewhere, by the date the rule gives them (`occursOn`). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  movedDates!: Record<string, DateMove>;

  /** From a date on, another start time (and length); the latest change up to a date applies. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  timeChanges!: TimeChange[];

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
