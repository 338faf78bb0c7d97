import type { DataSource } from 'typeorm';
import { LoggedEvent, replayThenLive } from './event-log';
import { createPubSub } from './pub-sub';
import { topics } from './topics';

const CELL = '8819429a93fffff';
const TOPIC = topics.helpPosted(CELL);
const row = (seq: number) => ({ seq: String(seq), subjectId: `post-${seq}`, replayed: true });

/**
 * A log holding `backlog`; while it is being read, `duringRead` runs (events published then are the
 * race catch-up must survive).
 */
function fakeLog(backlog: number[], duringRead: () => Promise<void> = async () => undefined) {
  return {
    query: async (_sql: string, [, since]: [string[], string]) => {
      await duringRead();
      return backlog.filter((seq) => seq > Number(since)).map(row);
    },
  } as unknown as DataSource;
}

async function take(stream: AsyncIterableIterator<string>, count: number): Promise<string[]> {
  const seen: string[] = [];
  while (seen.length < count) {
    const step = await stream.next();
    if (step.done) break;
    seen.push(step.value);
  }
  return seen;
}

const bySeq = async (event: LoggedEvent) => event.seq;

describe('replayThenLive', () => {
  it('replays after the cursor, then goes live, without gaps or duplicates', async () => {
    const pubSub = createPubSub(null);
    // Published while the log is read: 5 is also in the backlog, 6 is not.
    const dataSource = fakeLog([3, 4, 5], async () => {
      await pubSub.publish(TOPIC, { helpPostId: 'post-5', seq: '5' });
      await pubSub.publish(TOPIC, { helpPostId: 'post-6', seq: '6' });
    });
    const stream = replayThenLive(dataSource, pubSub, [TOPIC], '3', bySeq);
    const first = await take(stream, 3);
    await pubSub.publish(TOPIC, { helpPostId: 'post-3', seq: '3' });
    await pubSub.publish(TOPIC, { helpPostId: 'post-7', seq: '7' });
    const then = await take(stream, 1);
    await stream.return!();
    expect([...first, ...then]).toEqual(['4', '5', '6', '7']);
  });

  it('skips events the map turns into null', async () => {
    const pubSub = createPubSub(null);
    const stream = replayThenLive(fakeLog([1, 2, 3]), pubSub, [TOPIC], '0', async (event) =>
      event.seq === '2' ? null : event.seq,
    );
    expect(await take(stream, 2)).toEqual(['1', '3']);
    await stream.return!();
  });

  it('ends at once when returned while waiting for an event, and stops listening', async () => {
    const pubSub = createPubSub(null);
    const stream = replayThenLive(fakeLog([]), pubSub, [TOPIC], null, bySeq);
    const waiting = stream.next();
    await new Promise((resolve) => setImmediate(resolve));
    await stream.return!();
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    let delivered = 0;
    const map = async (event: LoggedEvent) => (delivered++, event.seq);
    const other = replayThenLive(fakeLog([]), pubSub, [TOPIC], null, map);
    const next = other.next();
    await new Promise((resolve) => setImmediate(resolve));
    await pubSub.publish(TOPIC, { helpPostId: 'post-9', seq: '9' });
    expect(await next).toEqual({ value: '9', done: false });
    expect(delivered).toBe(1);
    await other.return!();
  });
});
