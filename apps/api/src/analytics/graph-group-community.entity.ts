import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { GraphSnapshotEntity } from './graph-snapshot.entity';

/**
 * How many of a group's members were in one community (Louvain) in one snapshot: what a session's
 * circle is made of for "Suggested for you", read per request instead of joining every member to
 * their measures. Counts only, never who; they stay after a member leaves or is erased, like the
 * group's other figures, and go with the snapshot.
 */
@Entity('graph_group_community')
export class GraphGroupCommunityEntity {
  @PrimaryColumn({ type: 'uuid' })
  snapshotId!: string;

  @ManyToOne(() => GraphSnapshotEntity, { onDelete: 'CASCADE' })
  snapshot?: GraphSnapshotEntity;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  group?: GroupEntity;

  @PrimaryColumn({ type: 'integer' })
  community!: number;

  @Column({ type: 'integer' })
  people!: number;
}
