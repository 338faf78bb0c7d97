import { Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { GraphAggregateColumns } from './graph-measure-columns';
import { GraphSnapshotEntity } from './graph-snapshot.entity';

/** Aggregates over the people of one area cell in one snapshot (all of them; small areas are hidden when served). */
@Entity('graph_area_measure')
export class GraphAreaMeasureEntity extends GraphAggregateColumns {
  @PrimaryColumn({ type: 'uuid' })
  snapshotId!: string;

  @ManyToOne(() => GraphSnapshotEntity, { onDelete: 'CASCADE' })
  snapshot?: GraphSnapshotEntity;

  @PrimaryColumn({ type: 'text' })
  areaCell!: string;
}
