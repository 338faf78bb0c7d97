import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import type { SessionSearchInput } from './dto/session-search.args';

/** A search a member keeps, to run again and to be told when a new or changed session fits it. */
@Entity('saved_search')
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  name!: string;

  /** The `sessionSearch` arguments, as validated when saved. */
  @Column({ type: 'jsonb' })
  criteria!: SessionSearchInput;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
