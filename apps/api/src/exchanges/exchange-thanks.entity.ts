import {
  Column,
  CreateDateColumn,
  Entity,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ExchangeEntity } from './exchange.entity';

/** A thank-you from one side of a fulfilled exchange to the other: seen by the two sides only. */
@Entity('exchange_thanks')
@Unique('UQ_exchange_thanks_side', ['exchangeId', 'fromPostSide'])
export class ExchangeThanksEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  exchangeId!: string;

  @ManyToOne(() => ExchangeEntity, { onDelete: 'CASCADE' })
  exchange?: ExchangeEntity;

  @Column({ type: 'uuid' })
  authorPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  authorPerson?: PersonEntity;

  @Column({ type: 'boolean' })
  fromPostSide!: boolean;

  @Column({ type: 'text' })
  message!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
