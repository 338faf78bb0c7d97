import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../identity/account.entity';

/**
 * A wrong or expired check-in code someone typed: only when, to slow guessing. Kept for the
 * guessing window (check-in-window.ts), and gone with the account.
 */
@Entity('check_in_failure')
@Index('IDX_check_in_failure_account_at', ['accountId', 'at'])
export class CheckInFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  account?: AccountEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
