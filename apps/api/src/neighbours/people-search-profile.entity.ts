import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../identity/account.entity';

/**
 * The languages and life stage an account's nearby-parents searches compare, copied from its profile
 * and refreshed at most SEARCH_PROFILE_CHANGES_PER_DAY times a day (search-profile.ts), so editing
 * one's own profile and searching again cannot read another parent's languages or stages quickly.
 * Deleted with the account.
 */
@Entity('people_search_profile')
export class PeopleSearchProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  account?: AccountEntity;

  @Column({ type: 'text', array: true })
  languages!: string[];

  /** YYYY-MM-DD, as the household has it. */
  @Column({ type: 'text', nullable: true })
  dueMonth!: string | null;

  /** YYYY-MM-DD each. */
  @Column({ type: 'text', array: true })
  childBirthMonths!: string[];

  /** When this copy was taken from the profile. */
  @Column({ type: 'timestamptz' })
  takenAt!: Date;

  /** When it was refreshed because the profile had changed, within the last day. */
  @Column({ type: 'timestamptz', array: true, default: () => "'{}'" })
  changedAt!: Date[];
}
