import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The append-only log behind catch-up on reconnect: every event a replayable subscription delivers
 * is a row here, written in the transaction of the change it announces, with a sequence that grows
 * in commit order (appends are serialised, see `appendEvent`). Events carry ids, never content.
 */
@Entity('realtime_event')
@Index('IDX_realtime_event_topic_seq', ['topic', 'seq'])
export class RealtimeEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column({ type: 'text' })
  topic!: string;

  /** The entity the event is about (a help post), read afresh by each subscriber. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  /**
   * When the event was appended: the clock at the insert (not the transaction's start), taken under
   * the append lock, so it grows with `seq`. Catch-up measures its overlap window with it.
   */
  @Index()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
