import { SafeguardingConcernStatus } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ExchangeMessageEntity } from '../exchanges/exchange-message.entity';
import { HelpPostEntity } from '../help/help-post.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * A worry about someone's safety, raised by a member for the town's safeguarding lead(s) only: kept
 * apart from content moderation, so moderators, organisers and admins never see it.
 */
@Entity('safeguarding_concern')
@Index('IDX_safeguarding_concern_queue', ['status', 'createdAt'])
export class SafeguardingConcernEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  raisedByPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  raisedByPerson?: PersonEntity;

  @Column({ type: 'uuid', nullable: true })
  aboutPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  aboutPerson?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  helpPostId!: string | null;

  @ManyToOne(() => HelpPostEntity, { onDelete: 'SET NULL' })
  helpPost?: HelpPostEntity | null;

  @Column({ type: 'uuid', nullable: true })
  exchangeMessageId!: string | null;

  @ManyToOne(() => ExchangeMessageEntity, { onDelete: 'SET NULL' })
  exchangeMessage?: ExchangeMessageEntity | null;

  /** What worries them, in their words. */
  @Column({ type: 'text' })
  concern!: string;

  @Column({
    type: 'enum',
    enum: SafeguardingConcernStatus,
    enumName: 'safeguarding_concern_status',
    default: SafeguardingConcernStatus.RAISED,
  })
  status!: SafeguardingConcernStatus;

  /** The lead's working notes: for leads only, never shown to the person who raised it. */
  @Column({ type: 'text', default: '' })
  leadNotes!: string;

  @Column({ type: 'uuid', nullable: true })
  handledByPersonId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
