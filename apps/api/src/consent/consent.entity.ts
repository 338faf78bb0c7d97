import { ConsentKind } from '@village/shared';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * A choice a person made, kept with its history: given at a time, for a purpose, perhaps withdrawn
 * later. A consent is in force while `withdrawnAt` is null; no row means no.
 */
@Entity('consent')
@Index(['personId', 'kind'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: ConsentKind, enumName: 'consent_kind' })
  kind!: ConsentKind;

  /** The organisation whose workers may support the person (SUPPORTED_BY_ORGANISATION only). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  organisation?: GroupEntity | null;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  givenAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
