import { HelpCategory } from '@village/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { HouseholdEntity } from './household.entity';

/** A member. Mapped to GraphQL explicitly (toPersonModel) so a new column can never leak by itself. */
@Entity('person')
@Check('CHK_person_suitable_weekdays', `suitable_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'SET NULL' })
  household?: HouseholdEntity | null;

  @Column({ type: 'text' })
  displayName!: string;

  /** Coarse H3 cell (resolution 8) of home, if they gave one; the exact home is never stored. */
  @Index()
  @Column({ type: 'text', nullable: true })
  areaCell!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  /** Help categories this person can offer (text, checked against HelpCategory by the API). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  canOffer!: HelpCategory[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  wouldLike!: HelpCategory[];

  /** ISO weekdays (1 = Monday … 7 = Sunday) that suit her for sessions, in order; none: any day. */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  suitableWeekdays!: number[];

  /** Fulfilled exchanges in which this side gave help, and in which it received help. */
  @Column({ type: 'integer', default: 0 })
  helpGiven!: number;

  @Column({ type: 'integer', default: 0 })
  helpReceived!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Set when the person erased their account: the row stays, emptied, so others' history holds. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
