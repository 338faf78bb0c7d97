import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { SessionEntity } from '../sessions/session.entity';
import { AttendanceMethod } from '@village/shared';

/**
 * A person was at one date of a session. One row per (session, date, person), so "how often were
 * these two at the same date" is one self-join (docs/participation.md, "Check-in and attendance").
 * Private: the person sees and deletes their own; organisers see it only in that date's register.
 */
@Entity('attendance')
@Unique('UQ_attendance_person_date', ['sessionId', 'occursOn', 'personId'])
@Index('IDX_attendance_person_date', ['personId', 'occursOn'])
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  session?: SessionEntity;

  /** The date's name: the local date the session's rule gives it (as `session_rsvp.occurs_on`). */
  @Column({ type: 'date' })
  occursOn!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: AttendanceMethod, enumName: 'attendance_method' })
  recordedHow!: AttendanceMethod;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
