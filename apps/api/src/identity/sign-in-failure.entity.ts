import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed sign-in, counted against both the account (`account:<id>`) and the address
 * (`ip:<address>`). Kept in PostgreSQL so every API process sees the same count.
 */
@Entity('sign_in_failure')
@Index(['key', 'at'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
