import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of a read of someone else's private data or a sensitive change. The table refuses
 * UPDATE and DELETE (a trigger in the migration); ids are kept without foreign keys so erasing an
 * account never rewrites history.
 */
@Entity('audit_event')
@Index(['subjectPersonId', 'at'])
@Index(['at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** Who acted (null for the system or an anonymous caller). */
  @Column({ type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  /** Whose data it was. */
  @Column({ type: 'uuid', nullable: true })
  subjectPersonId!: string | null;

  /** What happened, e.g. `read:Person.lifeStage`, `consent:given`, `account:erased`. */
  @Column({ type: 'text' })
  action!: string;

  /** Why the actor was allowed (AccessBasisKind): organiser, worker, safeguarding lead, admin, self. */
  @Column({ type: 'text' })
  basis!: string;

  /** The group through which access came: the organiser's group or the worker's organisation. */
  @Column({ type: 'uuid', nullable: true })
  viaGroupId!: string | null;

  /** The purpose the actor stated or the consent recorded. */
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;
}
