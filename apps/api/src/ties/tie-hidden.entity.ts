import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { TieEntity } from './tie.entity';

/**
 * One end of a tie hid it: it leaves that person's list of connections and is never shown as social
 * proof about either end ("you both know …"). It still counts, without names, in the town's
 * anonymous measures. Either end may hide and show it again (docs/social-graph.md).
 */
@Entity('tie_hidden')
export class TieHiddenEntity {
  @PrimaryColumn({ type: 'bigint' })
  tieId!: string;

  @ManyToOne(() => TieEntity, { onDelete: 'CASCADE' })
  tie?: TieEntity;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  hiddenAt!: Date;
}
