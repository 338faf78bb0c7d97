import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';

export enum GraphSnapshotStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETE = 'COMPLETE',
  FAILED = 'FAILED',
}

export enum GraphAnalysisPhase {
  QUEUED = 'QUEUED',
  READING_PEOPLE = 'READING_PEOPLE',
  READING_GROUPS = 'READING_GROUPS',
  READING_TIES = 'READING_TIES',
  COMPUTING = 'COMPUTING',
  WRITING = 'WRITING',
  DONE = 'DONE',
}

export enum GraphAnalysisTrigger {
  MANUAL = 'MANUAL',
  SCHEDULE = 'SCHEDULE',
  COMMAND_LINE = 'COMMAND_LINE',
}

/**
 * One run of the social-graph analysis and, once COMPLETE, the snapshot it wrote. One row per queue
 * job (`job_id` is unique): a retried job picks its row up again, so a crash never leaves two. Only
 * COMPLETE rows are ever served; the measures are written in the same transaction that completes it.
 */
@Entity('graph_snapshot')
@Index('IDX_graph_snapshot_complete', ['finishedAt'], { where: `status = 'COMPLETE'` })
export class GraphSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The pg-boss job that runs it. */
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  jobId!: string;

  @Column({ type: 'enum', enum: GraphAnalysisTrigger, enumName: 'graph_analysis_trigger' })
  trigger!: GraphAnalysisTrigger;

  /** The admin who asked for it (manual runs); kept empty if their account goes. */
  @Column({ type: 'uuid', nullable: true })
  requestedByPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  requestedByPerson?: PersonEntity | null;

  @Column({
    type: 'enum',
    enum: GraphSnapshotStatus,
    enumName: 'graph_snapshot_status',
    default: GraphSnapshotStatus.QUEUED,
  })
  status!: GraphSnapshotStatus;

  @Column({
    type: 'enum',
    enum: GraphAnalysisPhase,
    enumName: 'graph_analysis_phase',
    default: GraphAnalysisPhase.QUEUED,
  })
  phase!: GraphAnalysisPhase;

  /** Rows done and to do in the current phase (0 and 0 when the phase cannot count). */
  @Column({ type: 'integer', default: 0 })
  phaseDone!: number;

  @Column({ type: 'integer', default: 0 })
  phaseTotal!: number;

  /** The whole run, 0–100. */
  @Column({ type: 'integer', default: 0 })
  percent!: number;

  /** Attempts started (a retry after a crash adds one). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** When the ties' fading was worked out for. */
  @Column({ type: 'timestamptz', nullable: true })
  at!: Date | null;

  @Column({ type: 'integer', nullable: true })
  peopleCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  groupCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  tieCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  communities!: number | null;

  @Column({ type: 'double precision', nullable: true })
  modularity!: number | null;

  @Column({ type: 'double precision', nullable: true })
  shareWithoutActiveTie!: number | null;

  @Column({ type: 'double precision', nullable: true })
  medianActiveTies!: number | null;

  @Column({ type: 'double precision', nullable: true })
  shareWithBridgingTie!: number | null;

  @Column({ type: 'double precision', nullable: true })
  shareWithLinkingTie!: number | null;

  @Column({ type: 'double precision', nullable: true })
  shareOfHouseholdsIsolated!: number | null;

  /** Why the last attempt failed (for admins), if it did. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
