import { DataSource, EntityManager } from 'typeorm';
import type { TypedPubSub } from './pub-sub';
import type { TopicPayloads } from './topics';

/** One event of the log as a subscriber sees it: where it stands in the log, and what it is about. */
export interface LoggedEvent {
  seq: string;
  subjectId: string;
  /** Read from the log on subscribing (true), or received live (false). */
  replayed: boolean;
}

/** Topics whose events are kept in the log, so a subscriber can catch up on them. */
type LoggedTopic = {
  [T in keyof TopicPayloads]: TopicPayloads[T] extends { seq: string } ? T : never;
}[keyof TopicPayloads];

/** How long events are kept for clients to catch up on: one away for longer reloads what it shows. */
export const EVENTS_KEPT_DAYS = 7;
/** pg_advisory_xact_lock key that serialises appends ('village:realtime_event'). */
const APPEND_LOCK = 7_716_905_391;
/** Events read from the log per round of a replay. */
const REPLAY_PAGE = 500;

/**
 * Appends an event to the log inside the transaction of the change it announces. Appends are
 * serialised by a transaction-scoped advisory lock taken just before the insert and held until
 * commit, so sequence numbers become visible in the order they were given: a reader that has seen
 * seq n will never later find a committed event below n. Call it last in the transaction.
 */
export async function appendEvent(
  manager: EntityManager,
  topic: LoggedTopic,
  subjectId: string,
): Promise<string> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  const [row] = await manager.query<{ seq: string }[]>(
    'INSERT INTO realtime_event (topic, subject_id) VALUES ($1, $2) RETURNING seq::text AS seq',
    [topic, subjectId],
  );
  return row!.seq;
}

/** The newest event in the log, or "0": where a subscriber that has missed nothing stands. */
export async function latestSeq(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query<{ seq: string | null }[]>(
    'SELECT max(seq)::text AS seq FROM realtime_event',
  );
  return row?.seq ?? '0';
}

/** Deletes events older than `EVENTS_KEPT_DAYS`; returns how many. Safe in several processes. */
export async function pruneEvents(dataSource: DataSource, now = new Date()): Promise<number> {
  const [, deleted] = await dataSource.query<[unknown[], number]>(
    `DELETE FROM realtime_event WHERE created_at < $1::timestamptz - make_interval(days => $2)`,
    [now, EVENTS_KEPT_DAYS],
  );
  return deleted;
}

/**
 * Whether the log still holds everything after `since`: false when events after it may have been
 * pruned (the oldest event kept is beyond the next number). Numbers lost to rolled-back
 * transactions can make it say false when nothing was pruned; then the client reloads, no harm done.
 */
export async function canReplayFrom(dataSource: DataSource, since: string): Promise<boolean> {
  const [row] = await dataSource.query<{ oldest: string | null }[]>(
    'SELECT min(seq)::text AS oldest FROM realtime_event',
  );
  return !row?.oldest || BigInt(since) + 1n >= BigInt(row.oldest);
}

async function eventsAfter(
  dataSource: DataSource,
  topics: readonly string[],
  since: string,
): Promise<LoggedEvent[]> {
  return dataSource.query<LoggedEvent[]>(
    `SELECT seq::text AS seq, subject_id AS "subjectId", true AS replayed FROM realtime_event
      WHERE topic = ANY($1) AND seq > $2 ORDER BY seq LIMIT ${REPLAY_PAGE}`,
    [topics, since],
  );
}

/**
 * Every event on `topics` after `since` (from PostgreSQL), then each new one as it is published,
 * without gaps or duplicates: the live subscription is in place before the log is read, live events
 * that arrive meanwhile wait in a queue, and any already replayed are dropped by seq. With `since`
 * null there is nothing to replay: only live events. `map` turns each event into what is delivered
 * (null skips it; throwing ends the stream). `return()` ends it at once, even while it waits.
 */
export function replayThenLive<R>(
  dataSource: DataSource,
  pubSub: TypedPubSub,
  topics: readonly LoggedTopic[],
  since: string | null,
  map: (event: LoggedEvent) => Promise<R | null>,
): AsyncIterableIterator<R> {
  return new LogStream(dataSource, pubSub, topics, since, map);
}

class LogStream<R> implements AsyncIterableIterator<R> {
  private readonly queue: LoggedEvent[] = [];
  private readonly replayed = new Set<string>();
  private replay: LoggedEvent[] = [];
  private replayAfter: string | null;
  private readonly floor: bigint | null;
  private wake: (() => void) | null = null;
  private closed = false;
  private stops: (() => void)[] = [];
  private ready: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: TypedPubSub,
    private readonly topics: readonly LoggedTopic[],
    since: string | null,
    private readonly map: (event: LoggedEvent) => Promise<R | null>,
  ) {
    this.replayAfter = since;
    this.floor = since === null ? null : BigInt(since);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<R> {
    return this;
  }

  async next(): Promise<IteratorResult<R>> {
    for (;;) {
      const event = await this.pull();
      if (!event) return { value: undefined, done: true };
      const value = await this.map(event);
      if (this.closed) return { value: undefined, done: true };
      if (value !== null) return { value, done: false };
    }
  }

  async return(): Promise<IteratorResult<R>> {
    this.closed = true;
    this.wake?.();
    await this.ready?.catch(() => undefined);
    for (const stop of this.stops) stop();
    this.stops = [];
    return { value: undefined, done: true };
  }

  /** Subscribes first: a live event published while the log is read waits in the queue. */
  private listen(): Promise<void> {
    const onEvent = (payload: { seq: string; helpPostId: string }) => {
      this.queue.push({ seq: payload.seq, subjectId: payload.helpPostId, replayed: false });
      this.wake?.();
    };
    this.ready ??= Promise.all(this.topics.map((topic) => this.pubSub.listen(topic, onEvent))).then(
      (stops) => {
        this.stops = stops;
        if (this.closed) for (const stop of stops) stop();
      },
    );
    return this.ready;
  }

  private async pull(): Promise<LoggedEvent | null> {
    await this.listen();
    while (!this.closed) {
      if (this.replayAfter !== null && this.replay.length === 0) {
        this.replay = await eventsAfter(this.dataSource, this.topics, this.replayAfter);
        this.replayAfter =
          this.replay.length === REPLAY_PAGE ? this.replay[this.replay.length - 1]!.seq : null;
      }
      const replayed = this.replay.shift();
      if (replayed) {
        this.replayed.add(replayed.seq);
        return replayed;
      }
      const live = this.queue.shift();
      if (live) {
        if (this.replayed.has(live.seq) || (this.floor !== null && BigInt(live.seq) <= this.floor))
          continue;
        return live;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    return null;
  }
}
