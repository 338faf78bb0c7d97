import { dateArray } from '../database/date-array.transformer';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The family unit community workers think in. Children are kept only as birth months: never names. */
@Entity('household')
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Coarse H3 cell (resolution 8); the exact home is never stored. */
  @Index()
  @Column({ type: 'text', nullable: true })
  areaCell!: string | null;

  /** First day of each child's birth month. */
  @Column({
    type: 'date',
    array: true,
    default: () => "'{}'",
    transformer: dateArray,
  })
  childBirthMonths!: string[];

  /** First day of the month a baby is due, when the household is expecting. */
  @Column({ type: 'date', nullable: true })
  dueMonth!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
