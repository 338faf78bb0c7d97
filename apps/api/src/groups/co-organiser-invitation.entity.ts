import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { GroupEntity } from './group.entity';

/**
 * A link that makes whoever opens it (signed in) an organiser of the group: single use, for 14 days.
 * The link holds the token; only its SHA-256 is stored, as with password resets. Who made it and who
 * used it is in the audit log, so the row itself holds nothing about a person.
 */
@Entity('co_organiser_invitation')
export class CoOrganiserInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  group?: GroupEntity;

  @Index({ unique: true })
  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
