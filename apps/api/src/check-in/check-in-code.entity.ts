import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { SessionEntity } from '../sessions/session.entity';

/**
 * The short code shown at the venue for one date of a session. Codes are unique while kept; a code
 * is deleted once it has expired (`expiresAt`), so its letters can name another date later.
 */
@Entity('check_in_code')
@Unique('UQ_check_in_code_code', ['code'])
export class CheckInCodeEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  session?: SessionEntity;

  @PrimaryColumn({ type: 'date' })
  occursOn!: string;

  @Column({ type: 'text' })
  code!: string;

  /** When the code stopped working, as the date stood when it was issued; past it, it is deleted. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
