import type { DataSource } from 'typeorm';
import { LoggedEvent, replayThenLive, transactAndPublish } from './event-log';
import { createPubSub, TypedPubSub } from './pub-sub';
import { topics } from './topics';

const CELL = '8819429a93fffff';
const TOPIC = topics.helpPosted(CELL);
const ACCESS = topics.personChanged('viewer');
const row = (seq: number) => ({ seq: String(seq), subjectId: `post-${seq}`, replayed: true });
const live = (seq: number) => ({ subjectId: `post-${seq}`, seq: String(seq) });

/**
 * A log holding `backlog` (the oldest kept is its first); while it is being read, `duringRead` runs
 * (events published then are the race catch-up must survive).
 */
function fakeLog(backlog: number[], duringRead: () => Promise<void> = async () => undefined) {
  return {
    query: async (sql: string, params: [string[], string]) => {
      // Numbers handed out reach past the backlog: the live events the specs publish take them.
      if (sql.includes('min(seq)'))
        return [{ oldest: backlog[0] ? String(backlog[0]) : null, issued: '1000' }];
      await duringRead();
      return backlog.filter((seq) => seq > Number(params[1])).map(row);
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
const tick = () => new Promise((resolve) => setImmediate(resolve));

function follow(
  dataSource: DataSource,
  pubSub: TypedPubSub,
  since: string | null,
  map: (event: LoggedEvent) => Promise<string | null> = bySeq,
  recheck?: () => Promise<void>,
) {
  return replayThenLive(dataSource, pubSub, {
    topics: [TOPIC],
    since,
    map,
    ...(recheck ? { accessTopics: [ACCESS], recheck } : {}),
  });
}

describe('replayThenLive', () => {
  it('replays after the cursor, then goes live, without gaps or duplicates', async () => {
    const pubSub = createPubSub(null);
    // Published while the log is read: 5 is also in the backlog, 6 is not.
    const dataSource = fakeLog([3, 4, 5], async () => {
      await pubSub.publish(TOPIC, live(5));
      await pubSub.publish(TOPIC, live(6));
    });
    const stream = await follow(dataSource, pubSub, '3');
    const first = await take(stream, 3);
    await pubSub.publish(TOPIC, live(3));
    await pubSub.publish(TOPIC, live(7));
    const then = await take(stream, 1);
    await stream.return!();
    expect([...first, ...then]).toEqual(['4', '5', '6', '7']);
  });

  it('skips events the map turns into null', async () => {
    const pubSub = createPubSub(null);
    const stream = await follow(fakeLog([1, 2, 3]), pubSub, '0', async (event) =>
      event.seq === '2' ? null : event.seq,
    );
    expect(await take(stream, 2)).toEqual(['1', '3']);
    await stream.return!();
  });

  it('refuses a cursor from before the oldest event kept', async () => {
    const pubSub = createPubSub(null);
    await expect(follow(fakeLog([10, 11]), pubSub, '8')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'since',
    });
    const fromNine = await follow(fakeLog([10, 11]), pubSub, '9');
    expect(await take(fromNine, 2)).toEqual(['10', '11']);
    await fromNine.return!();
  });

  it('ends at once when returned while waiting for an event, and stops listening', async () => {
    const pubSub = createPubSub(null);
    const stream = await follow(fakeLog([]), pubSub, null);
    const waiting = stream.next();
    await tick();
    await stream.return!();
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    let delivered = 0;
    const other = await follow(fakeLog([]), pubSub, null, async (event) => {
      delivered++;
      return event.seq;
    });
    const next = other.next();
    await tick();
    await pubSub.publish(TOPIC, live(9));
    expect(await next).toEqual({ value: '9', done: false });
    expect(delivered).toBe(1);
    await other.return!();
  });

  it('re-checks access at once when it changes, before the next event, even while waiting', async () => {
    const pubSub = createPubSub(null);
    const seen: string[] = [];
    let allowed = true;
    const stream = await follow(fakeLog([]), pubSub, null, bySeq, async () => {
      seen.push('recheck');
      if (!allowed) throw new Error('FORBIDDEN');
    });
    const first = stream.next();
    await tick();
    await pubSub.publish(ACCESS, { personId: 'viewer' });
    await pubSub.publish(TOPIC, live(1));
    expect(await first).toEqual({ value: '1', done: false });
    expect(seen).toEqual(['recheck']);

    allowed = false;
    const waiting = stream.next();
    await tick();
    await pubSub.publish(ACCESS, { personId: 'viewer' });
    await expect(waiting).rejects.toThrow('FORBIDDEN');
    // Ended: nothing published later reaches it.
    await pubSub.publish(TOPIC, live(2));
    await expect(stream.next()).resolves.toEqual({ value: undefined, done: true });
  });
});

describe('transactAndPublish', () => {
  it('appends the events last in the transaction and publishes them after the commit', async () => {
    const steps: string[] = [];
    const manager = {
      query: async (sql: string) => {
        steps.push(sql.includes('INSERT') ? 'append' : 'lock');
        return sql.includes('INSERT') ? [{ seq: '7' }] : [];
      },
    };
    const dataSource = {
      transaction: async (work: (m: typeof manager) => Promise<unknown>) => {
        const result = await work(manager);
        steps.push('commit');
        return result;
      },
    } as unknown as DataSource;
    const pubSub = createPubSub(null);
    const heard: unknown[] = [];
    const stop = await pubSub.listen(TOPIC, (payload) => {
      steps.push('publish');
      heard.push(payload);
    });
    const value = await transactAndPublish(dataSource, pubSub, async () => {
      steps.push('work');
      return { value: 'done', events: [{ topic: TOPIC, subjectId: 'post-7' }] };
    });
    await tick();
    stop();
    expect(value).toBe('done');
    expect(steps).toEqual(['work', 'lock', 'append', 'commit', 'publish']);
    expect(heard).toEqual([{ subjectId: 'post-7', seq: '7' }]);
  });
});
