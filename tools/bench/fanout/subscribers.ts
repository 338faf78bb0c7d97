/**
 * A load-generator child for the fan-out benchmark: opens `count` graphql-ws connections with the
 * plain `ws` client (the graphql-transport-ws protocol written out by hand, so the client costs
 * little), subscribes each to one document, and records when each `next` message arrives, by the
 * `title` of the post it carries. Driven over IPC by tools/bench/fanout.ts.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export interface SubscribersJob {
  url: string;
  count: number;
  query: string;
  variables: Record<string, unknown>;
  /** Cursors to resume from, one per connection in turn (as each web page passes its own). */
  sinces: string[];
}

export type ParentMessage =
  | { type: 'open'; job: SubscribersJob }
  | { type: 'counts'; title: string }
  | { type: 'times'; title: string }
  | { type: 'close' };

export type ChildMessage =
  | { type: 'opened'; count: number; failed: number }
  | { type: 'counts'; title: string; received: number }
  | { type: 'times'; title: string; times: number[] };

const OPENING_AT_ONCE = 100;
/** Titles in the benchmark have no quotes or escapes, so this finds them in the raw message. */
const TITLE = '"title":"';
const now = () => performance.timeOrigin + performance.now();
const sockets: WebSocket[] = [];
const arrivals = new Map<string, number[]>();

function send(message: ChildMessage): void {
  process.send?.(message);
}

function openOne(job: SubscribersJob, index: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(job.url, 'graphql-transport-ws', { perMessageDeflate: false });
    let settled = false;
    const settle = (ok: boolean) => {
      if (!settled) resolve(ok);
      settled = true;
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data: Buffer) => {
      const at = now();
      // Most messages are events: their title is read without parsing the whole message, so the
      // load generator spends as little as it can of the CPU the API also needs.
      const text = data.toString('utf8');
      const titleAt = text.indexOf(TITLE);
      if (titleAt >= 0) {
        const start = titleAt + TITLE.length;
        const title = text.slice(start, text.indexOf('"', start));
        const times = arrivals.get(title) ?? [];
        times.push(at);
        arrivals.set(title, times);
        return;
      }
      const message = JSON.parse(text) as {
        type: string;
      };
      if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: {
              query: job.query,
              variables: job.sinces.length
                ? { ...job.variables, since: job.sinces[index % job.sinces.length] }
                : job.variables,
            },
          }),
        );
        settle(true);
      } else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    });
    socket.on('error', () => settle(false));
    socket.on('close', () => settle(false));
    sockets.push(socket);
  });
}

async function open(job: SubscribersJob): Promise<void> {
  let opened = 0;
  let failed = 0;
  for (let start = 0; start < job.count; start += OPENING_AT_ONCE) {
    const batch = Math.min(OPENING_AT_ONCE, job.count - start);
    const results = await Promise.all(
      Array.from({ length: batch }, (_, i) => openOne(job, start + i)),
    );
    opened += results.filter(Boolean).length;
    failed += results.filter((ok) => !ok).length;
  }
  send({ type: 'opened', count: opened, failed });
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'open') void open(message.job);
  else if (message.type === 'counts')
    send({
      type: 'counts',
      title: message.title,
      received: arrivals.get(message.title)?.length ?? 0,
    });
  else if (message.type === 'times')
    send({ type: 'times', title: message.title, times: arrivals.get(message.title) ?? [] });
  else if (message.type === 'close') {
    for (const socket of sockets) socket.terminate();
    process.exit(0);
  }
});
