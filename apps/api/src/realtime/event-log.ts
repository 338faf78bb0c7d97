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
 * null there is nothing to replay: only live events.
 */
export async function* replayThenLive(
  dataSource: DataSource,
  pubSub: TypedPubSub,
  topics: readonly LoggedTopic[],
  since: string | null,
): AsyncGenerator<LoggedEvent> {
  const queue: LoggedEvent[] = [];
  let wake: (() => void) | null = null;
  const onEvent = (payload: { seq: string; helpPostId: string }) => {
    queue.push({ seq: payload.seq, subjectId: payload.helpPostId, replayed: false });
    wake?.();
  };
  const stops = await Promise.all(topics.map((topic) => pubSub.listen(topic, onEvent)));
  try {
    const replayed = new Set<string>();
    if (since !== null) {
      let after = since;
      for (;;) {
        const page = await eventsAfter(dataSource, topics, after);
        for (const event of page) {
          replayed.add(event.seq);
          yield event;
        }
        if (page.length < REPLAY_PAGE) break;
        after = page[page.length - 1]!.seq;
      }
    }
    const floor = since === null ? null : BigInt(since);
    for (;;) {
      while (queue.length > 0) {
        const event = queue.shift()!;
        if (replayed.has(event.seq) || (floor !== null && BigInt(event.seq) <= floor)) continue;
        yield event;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    for (const stop of stops) stop();
  }
}
