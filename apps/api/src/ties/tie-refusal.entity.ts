import { TieProvenance } from '@village/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * An end of a tie removed it: evidence of the same kind between the same two never makes it again
 * (co-attendance, exchanges and joining a group all check here). Between two people the pair is
 * stored in order (`person_id` < `other_person_id`), so one row serves both directions; between a
 * person and a group, `person_id` is the person.
 */
@Entity('tie_refusal')
@Index('UQ_tie_refusal_people', ['personId', 'otherPersonId', 'provenance'], {
  unique: true,
  where: 'other_person_id IS NOT NULL',
})
@Index('UQ_tie_refusal_group', ['personId', 'groupId', 'provenance'], {
  unique: true,
  where: 'group_id IS NOT NULL',
})
@Check(
  'CHK_tie_refusal_ends',
  `(other_person_id IS NOT NULL AND group_id IS NULL AND person_id < other_person_id)
  OR (other_person_id IS NULL AND group_id IS NOT NULL)`,
)
export class TieRefusalEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'enum', enum: TieProvenance, enumName: 'tie_provenance' })
  provenance!: TieProvenance;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  otherPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  otherPerson?: PersonEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne('GroupEntity', { onDelete: 'CASCADE' })
  group?: unknown;

  /** Which end removed the tie: theirs to see in their own data, not the other's. */
  @Index()
  @Column({ type: 'uuid' })
  refusedByPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  refusedByPerson?: PersonEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
