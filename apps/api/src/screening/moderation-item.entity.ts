import { ModerationState, ModerationSubjectKind, RiskMatch } from '@village/shared';
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

/**
 * One post or message in the moderation queue: held by screening, reported, or both. One row per
 * post or message; a new report on a decided item puts it back in the queue.
 */
@Entity('moderation_item')
@Check('CHK_moderation_item_one_subject', '(help_post_id IS NULL) <> (exchange_message_id IS NULL)')
@Index('IDX_moderation_item_queue', ['state', 'createdAt'])
export class ModerationItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: ModerationSubjectKind, enumName: 'moderation_subject_kind' })
  subjectKind!: ModerationSubjectKind;

  @Index('UQ_moderation_item_help_post', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  helpPostId!: string | null;

  // Posts, messages and groups are named rather than imported: posts and messages are features, a
  // floor above, and groups screen their own text here.
  @ManyToOne('HelpPostEntity', { onDelete: 'CASCADE' })
  helpPost?: unknown;

  @Index('UQ_moderation_item_message', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  exchangeMessageId!: string | null;

  @ManyToOne('ExchangeMessageEntity', { onDelete: 'CASCADE' })
  exchangeMessage?: unknown;

  /** The group whose post (or whose post's exchange) it is: its organisers moderate it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne('GroupEntity', { onDelete: 'SET NULL' })
  group?: unknown;

  /** Who wrote the post or message (null for a group's post): for the audit record of decisions. */
  @Column({ type: 'uuid', nullable: true })
  authorPersonId!: string | null;

  @Column({
    type: 'enum',
    enum: ModerationState,
    enumName: 'moderation_state',
    default: ModerationState.PENDING,
  })
  state!: ModerationState;

  /** The screening rules that held it and the words that matched (empty when only reported). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  screening!: RiskMatch[];

  @Column({ type: 'uuid', nullable: true })
  decidedByPersonId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** What the moderator told the author when taking it down (shown only to the author's side). */
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
