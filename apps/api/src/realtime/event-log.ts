import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../graphql/domain-error';
import type { TypedPubSub } from './pub-sub';
import type { LoggedPayload, TopicPayloads } from './topics';

/** One event of the log as a subscriber sees it: where it stands in the log, and what it is about. */
export interface LoggedEvent extends LoggedPayload {
  /** Read from the log on subscribing (true), or received live (false). */
  replayed: boolean;
}

/** Topics whose events are kept in the log, so a subscriber can catch up on them. */
export type LoggedTopic = {
  [T in keyof TopicPayloads]: TopicPayloads[T] extends LoggedPayload ? T : never;
}[keyof TopicPayloads];

/** An event to log: the topic it is published on and the entity it is about. */
export interface EventToLog {
  topic: LoggedTopic;
  subjectId: string;
}

/** An event written to the log, to publish once its transaction has committed. */
export interface AppendedEvent extends EventToLog {
  seq: string;
}

/** How long events are kept for clients to catch up on: one away for longer reloads what it shows. */
export const EVENTS_KEPT_DAYS = 7;
/** pg_advisory_xact_lock key that serialises appends ('village:realtime_event'). */
const APPEND_LOCK = 7_716_905_391;
/** Events read from the log per round of a replay. */
const REPLAY_PAGE = 500;

/**
 * Appends events to the log inside the transaction of the change they announce; publish them with
 * `publishEvents` after the commit. Appends are serialised by a transaction-scoped advisory lock
 * taken just before the inserts and held until commit, so sequence numbers become visible in the
 * order they were given: a reader that has seen seq n will never later find a committed event below
 * n. Call it last in the transaction.
 */
export async function appendEvents(
  manager: EntityManager,
  events: readonly EventToLog[],
): Promise<AppendedEvent[]> {
  if (events.length === 0) return [];
  await manager.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  // One statement for all of them (a withdrawal can call off many exchanges): rows are inserted,
  // and so numbered, in the order given.
  const rows = await manager.query<{ seq: string }[]>(
    `INSERT INTO realtime_event (topic, subject_id)
     SELECT topic, subject_id FROM unnest($1::text[], $2::uuid[]) WITH ORDINALITY AS e(topic, subject_id, n)
      ORDER BY n
     RETURNING seq::text AS seq`,
    [events.map((event) => event.topic), events.map((event) => event.subjectId)],
  );
  const seqs = rows.map((row) => BigInt(row.seq)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return events.map((event, index) => ({ ...event, seq: seqs[index]!.toString() }));
}

/** Publishes appended events, once they are committed, so subscribers can read what they are told about. */
export async function publishEvents(
  pubSub: TypedPubSub,
  events: readonly AppendedEvent[],
): Promise<void> {
  for (const { topic, subjectId, seq } of events) await pubSub.publish(topic, { subjectId, seq });
}

/** What a change in a transaction gives back: its result, and the events that announce it. */
export interface Announced<T> {
  value: T;
  events: readonly EventToLog[];
}

/**
 * Runs `work` in a transaction, appends the events it returns to the log last in that transaction,
 * and publishes them once it has committed; returns the work's value. `beforePublish` runs after
 * the commit and before the events go out, for what subscribers must hear of first.
 */
export async function transactAndPublish<T>(
  dataSource: DataSource,
  pubSub: TypedPubSub,
  work: (manager: EntityManager) => Promise<Announced<T>>,
  beforePublish?: (value: T) => Promise<void>,
): Promise<T> {
  const { value, events } = await dataSource.transaction(async (manager) => {
    const { value, events } = await work(manager);
    return { value, events: await appendEvents(manager, events) };
  });
  await beforePublish?.(value);
  await publishEvents(pubSub, events);
  return value;
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
 * Refuses (BAD_USER_INPUT) a cursor the log cannot resume from. One from before what the log still
 * keeps: events after it may have been pruned, so the client must load what it shows again and
 * subscribe from `liveCursor`. Numbers lost to rolled-back transactions can make it refuse when
 * nothing was pruned; then the client reloads, no harm done. One past the last number the log has
 * handed out (a database restored from a backup, a cursor from another server): accepted, it would
 * silently drop every event up to it.
 */
async function requireReplayableFrom(dataSource: DataSource, since: string): Promise<void> {
  const [row] = await dataSource.query<{ oldest: string | null; issued: string }[]>(
    `SELECT (SELECT min(seq)::text FROM realtime_event) AS oldest,
            (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM realtime_event_seq_seq)::text AS issued`,
  );
  if (row && BigInt(since) > BigInt(row.issued))
    throw badInput(
      'That cursor is newer than the event log, as happens after the data was restored from a backup. Load the page again and subscribe without since (or from liveCursor).',
      'since',
    );
  if (row?.oldest && BigInt(since) + 1n < BigInt(row.oldest))
    throw badInput(
      `That cursor is older than the ${EVENTS_KEPT_DAYS} days of events kept for catching up. Load the page again and subscribe from liveCursor.`,
      'since',
    );
}

/**
 * How long before the event a client resumes from catch-up looks again. Events are published after
 * their commit, and across processes (Redis) one appended just before another can reach a client
 * after it: a client that left in between holds a cursor past an event it never received. Events on
 * its topics appended this long before its cursor are sent again; clients drop what they already
 * have by id.
 */
export const RESUME_OVERLAP_MS = 5_000;

/**
 * A page of events on `topics` after `after`. The first page of a replay (`overlap`) also brings
 * those appended within RESUME_OVERLAP_MS before the event `after` names (none if it is gone).
 */
async function eventsAfter(
  dataSource: DataSource,
  topics: readonly string[],
  after: string,
  overlap: boolean,
): Promise<LoggedEvent[]> {
  return dataSource.query<LoggedEvent[]>(
    // Ordered by the column, not the text alias of the same name ('10' sorts before '9').
    `SELECT seq::text AS seq, subject_id AS "subjectId", true AS replayed FROM realtime_event e
      WHERE topic = ANY($1)
        AND (e.seq > $2 OR ($3 AND e.seq < $2 AND e.created_at >= (
              SELECT created_at - make_interval(secs => $4 / 1000.0) FROM realtime_event WHERE seq = $2)))
      ORDER BY e.seq LIMIT ${REPLAY_PAGE}`,
    [topics, after, overlap, RESUME_OVERLAP_MS],
  );
}

/** What one subscriber follows in the log. */
export interface LogFollow<R> {
  topics: readonly LoggedTopic[];
  /** The last cursor the client received: events after it are replayed first. Null: live only. */
  since: string | null;
  /** Turns an event into what is delivered, checking access afresh: null skips it, throwing ends the stream. */
  map: (event: LoggedEvent) => Promise<R | null>;
  /**
   * Topics saying the subscriber's own access may have changed (`person/<id>/changed`): `recheck`
   * runs at once, before any further event, even while the stream waits; throwing ends the stream.
   */
  accessTopics?: readonly (keyof TopicPayloads)[];
  recheck?: () => Promise<void>;
}

/**
 * The one way a subscription follows the log: every event on `topics` after `since` (read from
 * PostgreSQL), then each new one as it is published, without gaps or duplicates. The live
 * subscription is in place before the log is read, live events that arrive meanwhile wait in a
 * queue, and any already replayed are dropped by seq. A `since` older than what the log keeps is
 * refused here, when subscribing. `return()` ends the stream at once, even while it waits.
 */
export async function replayThenLive<R>(
  dataSource: DataSource,
  pubSub: TypedPubSub,
  follow: LogFollow<R>,
): Promise<AsyncIterableIterator<R>> {
  if (follow.since !== null) await requireReplayableFrom(dataSource, follow.since);
  return new LogStream(dataSource, pubSub, follow);
}

class LogStream<R> implements AsyncIterableIterator<R> {
  private readonly queue: LoggedEvent[] = [];
  private readonly replayed = new Set<string>();
  private replay: LoggedEvent[] = [];
  private replayAfter: string | null;
  private readonly floor: bigint | null;
  private accessChanged = false;
  private wake: (() => void) | null = null;
  private closed = false;
  private stops: (() => void)[] = [];
  private ready: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: TypedPubSub,
    private readonly follow: LogFollow<R>,
  ) {
    this.replayAfter = follow.since;
    this.floor = follow.since === null ? null : BigInt(follow.since);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<R> {
    return this;
  }

  async next(): Promise<IteratorResult<R>> {
    try {
      for (;;) {
        const event = await this.pull();
        if (!event) return { value: undefined, done: true };
        const value = await this.follow.map(event);
        if (this.closed) return { value: undefined, done: true };
        if (value !== null) return { value, done: false };
      }
    } catch (error) {
      await this.return();
      throw error;
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
    const onEvent = ({ seq, subjectId }: LoggedPayload) => {
      this.queue.push({ seq, subjectId, replayed: false });
      this.wake?.();
    };
    const onAccessChange = () => {
      this.accessChanged = true;
      this.wake?.();
    };
    this.ready ??= Promise.all([
      ...this.follow.topics.map((topic) => this.pubSub.listen(topic, onEvent)),
      ...(this.follow.accessTopics ?? []).map((topic) => this.pubSub.listen(topic, onAccessChange)),
    ]).then((stops) => {
      this.stops = stops;
      if (this.closed) for (const stop of stops) stop();
    });
    return this.ready;
  }

  private async pull(): Promise<LoggedEvent | null> {
    await this.listen();
    while (!this.closed) {
      if (this.accessChanged) {
        this.accessChanged = false;
        await this.follow.recheck?.();
        continue;
      }
      if (this.replayAfter !== null && this.replay.length === 0) {
        const firstPage = this.replayAfter === this.follow.since;
        this.replay = await eventsAfter(
          this.dataSource,
          this.follow.topics,
          this.replayAfter,
          firstPage,
        );
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
