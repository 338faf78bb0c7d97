import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AccountEntity } from './account.entity';

/** A signed-in browser or device. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('auth_session')
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  account?: AccountEntity;

  @Index({ unique: true })
  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  /** What the person would recognise the session by ("Chrome on Android"). */
  @Column({ type: 'text', default: '' })
  userAgent!: string;

  /**
   * The source (IPv4 address or IPv6 /64) the session began from, hashed with the account id: lets a
   * place the owner signs in from through an account-wide sign-in lock, and reveals no address.
   */
  @Column({ type: 'text', nullable: true })
  sourceHash!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
