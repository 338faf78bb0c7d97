import { ReportReason, ReportStatus } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ModerationItemEntity } from '../screening/moderation-item.entity';

/**
 * Someone's report of a post or message. The reporter is kept only so one person cannot report the
 * same thing twice: no GraphQL type has a field for it, so moderators never learn who reported.
 */
@Entity('content_report')
@Index('UQ_content_report_once', ['moderationItemId', 'reporterPersonId'], { unique: true })
export class ContentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  moderationItemId!: string;

  @ManyToOne(() => ModerationItemEntity, { onDelete: 'CASCADE' })
  moderationItem?: ModerationItemEntity;

  @Index()
  @Column({ type: 'uuid' })
  reporterPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  reporterPerson?: PersonEntity;

  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason!: ReportReason;

  @Column({ type: 'text', default: '' })
  details!: string;

  @Column({
    type: 'enum',
    enum: ReportStatus,
    enumName: 'report_status',
    default: ReportStatus.OPEN,
  })
  status!: ReportStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
