import { GroupKind } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('village_group')
@Index('IDX_village_group_name_trgm', { synchronize: false })
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'enum', enum: GroupKind, enumName: 'group_kind' })
  kind!: GroupKind;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** Fulfilled exchanges in which this side gave help, and in which it received help. */
  @Column({ type: 'integer', default: 0 })
  helpGiven!: number;

  @Column({ type: 'integer', default: 0 })
  helpReceived!: number;

  /** When its organisers archived it: hidden from listings and discovery, its page still opens. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
