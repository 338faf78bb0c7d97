import { AccountRole } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/** How someone signs in. Separate from Person so a profile can be shown without its credentials. */
@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** One account per person (the one-to-one join column is unique). */
  @Column({ type: 'uuid' })
  personId!: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  /** Stored lower-cased, so sign-in is case-insensitive. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email!: string;

  /** argon2id, in its own encoded form (algorithm, parameters, salt and hash). */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({
    type: 'enum',
    enum: AccountRole,
    enumName: 'account_role',
    array: true,
    default: () => "'{}'",
  })
  roles!: AccountRole[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the owner was last told by mail that someone tried to sign up with this address. */
  @Column({ type: 'timestamptz', nullable: true })
  signUpNoticeAt!: Date | null;
}
