import {
  Column,
  CreateDateColumn,
  Entity,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ExchangeEntity } from './exchange.entity';

/**
 * How one side of a fulfilled exchange felt about it. Deliberately names no person: only the side,
 * so that it can be counted once per side and read only in aggregates of at least five.
 */
@Entity('exchange_feedback')
@Unique('UQ_exchange_feedback_side', ['exchangeId', 'fromPostSide'])
export class ExchangeFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  exchangeId!: string;

  @ManyToOne(() => ExchangeEntity, { onDelete: 'CASCADE' })
  exchange?: ExchangeEntity;

  @Column({ type: 'boolean' })
  fromPostSide!: boolean;

  @Column({ type: 'boolean' })
  feltWelcome!: boolean;

  @Column({ type: 'boolean' })
  feltListenedTo!: boolean;

  @Column({ type: 'boolean' })
  wouldMeetAgain!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
