import { Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { GraphAggregateColumns } from './graph-measure-columns';
import { GraphSnapshotEntity } from './graph-snapshot.entity';

/** Aggregates over the members of one group in one snapshot. */
@Entity('graph_group_measure')
export class GraphGroupMeasureEntity extends GraphAggregateColumns {
  @PrimaryColumn({ type: 'uuid' })
  snapshotId!: string;

  @ManyToOne(() => GraphSnapshotEntity, { onDelete: 'CASCADE' })
  snapshot?: GraphSnapshotEntity;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  group?: GroupEntity;
}
