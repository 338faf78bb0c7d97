import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/** One person blocking another. Blocks work both ways for what either sees (blocks.ts). */
@Entity('person_block')
@Index('IDX_person_block_blocked', ['blockedPersonId'])
export class PersonBlockEntity {
  @PrimaryColumn({ type: 'uuid' })
  blockerPersonId!: string;

  @PrimaryColumn({ type: 'uuid' })
  blockedPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  blockerPerson?: PersonEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  blockedPerson?: PersonEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
