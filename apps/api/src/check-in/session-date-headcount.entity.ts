import { Column, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SessionEntity } from '../sessions/session.entity';

/** People without accounts an organiser counted at one date of a session (no names, a number). */
@Entity('session_date_headcount')
export class SessionDateHeadcountEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  session?: SessionEntity;

  @PrimaryColumn({ type: 'date' })
  occursOn!: string;

  @Column({ type: 'integer' })
  guests!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
