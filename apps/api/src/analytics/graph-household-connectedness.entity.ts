import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HouseholdEntity } from '../people/household.entity';
import { PersonEntity } from '../people/person.entity';
import { GraphSnapshotEntity } from './graph-snapshot.entity';

/**
 * A household's connectedness factors in one snapshot: a household row, or a person without a
 * household standing alone. Shown to nobody one by one (admins see counts only); deleted with the
 * household, the person, and by account erasure.
 */
@Entity('graph_household_connectedness')
@Check(
  'CHK_graph_household_connectedness_subject',
  '(household_id IS NOT NULL) <> (person_id IS NOT NULL)',
)
export class GraphHouseholdConnectednessEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  snapshotId!: string;

  @ManyToOne(() => GraphSnapshotEntity, { onDelete: 'CASCADE' })
  snapshot?: GraphSnapshotEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'CASCADE' })
  household?: HouseholdEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity | null;

  /** `ConnectednessFactor`s that apply; empty is well connected. */
  @Column({ type: 'text', array: true })
  factors!: string[];
}
