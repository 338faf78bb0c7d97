import { ExchangeStatus } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { HelpPostEntity } from '../help/help-post.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * One person answering one help post, through to completion. The post's side is its author, or
 * for a group's post the group (acting through its organisers); the other side is the responder.
 */
@Entity('exchange')
export class ExchangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  helpPostId!: string;

  @ManyToOne(() => HelpPostEntity, { onDelete: 'CASCADE' })
  helpPost?: HelpPostEntity;

  @Index()
  @Column({ type: 'uuid' })
  responderPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  responderPerson?: PersonEntity;

  @Column({
    type: 'enum',
    enum: ExchangeStatus,
    enumName: 'exchange_status',
    default: ExchangeStatus.OPEN,
  })
  status!: ExchangeStatus;

  /** Each side says yes on its own; the exchange is agreed when both have. */
  @Column({ type: 'timestamptz', nullable: true })
  postSideAgreedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  responderAgreedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  fulfilledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
