import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { SessionEntity } from '../sessions/session.entity';

/** A session a member keeps in their own calendar (the private feed). */
@Entity('saved_session')
export class SavedSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  session?: SessionEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  savedAt!: Date;
}
