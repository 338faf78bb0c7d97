import { RsvpStatus } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { SessionEntity } from './session.entity';

/**
 * A person's "I'm going" for one date of a session. A date is named by `occursOn`, the local date
 * the rule gives it in the session's time zone, which stays its name when the organiser moves it.
 * Saying "not going" deletes the row; the waiting list is ordered by `createdAt`.
 */
@Entity('session_rsvp')
@Unique('UQ_session_rsvp_person_date', ['sessionId', 'occursOn', 'personId'])
@Index('IDX_session_rsvp_date_status', ['sessionId', 'occursOn', 'status', 'createdAt'])
@Index('IDX_session_rsvp_person_date', ['personId', 'occursOn'])
export class SessionRsvpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  session?: SessionEntity;

  /** The occurrence's own date (YYYY-MM-DD in the session's time zone), as the rule gives it. */
  @Column({ type: 'date' })
  occursOn!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: RsvpStatus, enumName: 'rsvp_status' })
  status!: RsvpStatus;

  /** Whether the organisers may see this person's name; otherwise they see only the count. */
  @Column({ type: 'boolean', default: false })
  nameSharedWithOrganisers!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
