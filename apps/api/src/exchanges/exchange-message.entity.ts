import { ContentModeration } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ExchangeEntity } from './exchange.entity';

/** One message of an exchange's private conversation, screened for contact details before saving. */
@Entity('exchange_message')
@Index('IDX_exchange_message_conversation', ['exchangeId', 'createdAt'])
export class ExchangeMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  exchangeId!: string;

  @ManyToOne(() => ExchangeEntity, { onDelete: 'CASCADE' })
  exchange?: ExchangeEntity;

  @Index()
  @Column({ type: 'uuid' })
  authorPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  authorPerson?: PersonEntity;

  /** Sent by the post's side (its author, or an organiser for the group) rather than the responder. */
  @Column({ type: 'boolean' })
  fromPostSide!: boolean;

  @Column({ type: 'text' })
  body!: string;

  /** A held message reaches only its author (as held for review) until a moderator releases it. */
  @Column({
    type: 'enum',
    enum: ContentModeration,
    enumName: 'content_moderation',
    default: ContentModeration.VISIBLE,
  })
  moderation!: ContentModeration;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
