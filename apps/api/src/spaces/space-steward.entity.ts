import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { SpaceEntity } from './space.entity';

/**
 * A person who looks after a space's public record: the organiser who created it, and whoever a
 * steward grants. Only stewards (and admins) may change the space.
 */
@Entity('space_steward')
@Index('IDX_space_steward_person', ['personId'])
export class SpaceStewardEntity {
  @PrimaryColumn({ type: 'uuid' })
  spaceId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  space?: SpaceEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt!: Date;
}
