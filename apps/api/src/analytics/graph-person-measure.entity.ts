import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { GraphSnapshotEntity } from './graph-snapshot.entity';

/**
 * One person's measures in one snapshot. Deleted with the snapshot, with the person, and by account
 * erasure (the person row outlives an erasure, so data-rights deletes these rows itself).
 */
@Entity('graph_person_measure')
export class GraphPersonMeasureEntity {
  @PrimaryColumn({ type: 'uuid' })
  snapshotId!: string;

  @ManyToOne(() => GraphSnapshotEntity, { onDelete: 'CASCADE' })
  snapshot?: GraphSnapshotEntity;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Column({ type: 'integer' })
  activeTies!: number;

  @Column({ type: 'double precision' })
  weightedDegree!: number;

  @Column({ type: 'integer' })
  egoOneHop!: number;

  @Column({ type: 'integer' })
  egoTwoHop!: number;

  @Column({ type: 'integer' })
  groups!: number;

  @Column({ type: 'integer' })
  helpGiven!: number;

  @Column({ type: 'integer' })
  helpReceived!: number;

  @Column({ type: 'integer' })
  community!: number;

  @Column({ type: 'integer' })
  bondingTies!: number;

  @Column({ type: 'integer' })
  bridgingTies!: number;

  @Column({ type: 'integer' })
  linkingTies!: number;

  @Column({ type: 'double precision' })
  betweenness!: number;

  @Column({ type: 'double precision' })
  effectiveSize!: number;
}
