import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** What kind of row an outside record became. */
export type ExternalRefEntityType = 'group' | 'space' | 'session';

/**
 * The stable link from a record in an outside directory (an Open Referral organisation, location or
 * service-at-location schedule) to the row it became here, so importing the same file again updates
 * that row instead of adding another.
 */
@Entity('external_ref')
@Index(['source', 'externalId', 'entityType'], { unique: true })
export class ExternalRefEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Which directory the id belongs to, e.g. `open-referral` or a publisher's name. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  entityType!: ExternalRefEntityType;

  @Column({ type: 'uuid' })
  entityId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
