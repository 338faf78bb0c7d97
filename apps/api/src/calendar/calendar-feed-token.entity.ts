import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToOne,
  JoinColumn,
  PrimaryColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * The secret in a member's private calendar address. Calendar apps cannot send cookies, so the
 * address itself is the key: only its SHA-256 is stored, and making a new one ends the old one.
 */
@Entity('calendar_feed_token')
export class CalendarFeedTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Index({ unique: true })
  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
