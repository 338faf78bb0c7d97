import type { ResultOf } from '@graphql-typed-document-node/core';
import { createGroup } from './support/factories';
import {
  codeOf,
  postHelp,
  sendMessage as send,
  startExchange,
  step,
  watch,
  Watch,
} from './support/help-exchanges';
import { Caller, Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

// A cell of this spec's own, so other specs' posts never show up here.
const CELL = '8819429a97fffff';
const MESSAGES = graphql(`
  subscription CatchUpExchangeMessageAdded($e: ID!, $since: String) {
    exchangeMessageAdded(exchangeId: $e, since: $since) {
      cursor
      message {
        body
        mine
      }
    }
  }
`);
const UPDATES = graphql(`
  subscription CatchUpExchangeUpdated($e: ID!, $since: String) {
    exchangeUpdated(exchangeId: $e, since: $since) {
      cursor
      exchange {
        status
        agreedByPostSide
        agreedByResponder
      }
    }
  }
`);
const RESPONSES = graphql(`
  subscription CatchUpHelpPostResponded($since: String) {
    helpPostResponded(since: $since) {
      cursor
      exchange {
        id
        helpPost {
          title
        }
      }
    }
  }
`);
const STATUSES = graphql(`
  subscription CatchUpHelpPostStatusChanged($c: String!, $since: String) {
    helpPostStatusChanged(areaCell: $c, since: $since) {
      cursor
      helpPost {
        title
        status
      }
    }
  }
`);
const NEAR = graphql(`
  subscription CatchUpHelpPostsNear($cells: [String!]) {
    helpPostsNear(areaCells: $cells) {
      helpPost {
        title
      }
    }
  }
`);
const BLOCK = graphql(`
  mutation CatchUpBlockPerson($p: ID!) {
    blockPerson(personId: $p)
  }
`);
const RELEASE = graphql(`
  mutation CatchUpReleaseModerationItem($id: ID!) {
    releaseModerationItem(id: $id) {
      id
    }
  }
`);
const QUEUE = graphql(`
  query CatchUpModerationQueue($g: ID) {
    moderationQueue(groupId: $g, first: 50) {
      edges {
        node {
          id
          text
        }
      }
    }
  }
`);

const cursorOf = async (caller: Caller) =>
  (
    await caller.gql(
      graphql(`
        query CatchUpLiveCursor {
          liveCursor
        }
      `),
    )
  ).data!.liveCursor;

/** Waits for `count` events, stops the subscription, and checks it ended no other way. */
async function collect<Result>(live: Watch<Result>, count: number): Promise<Result[]> {
  await live.until(count);
  live.stop();
  expect(live.errors).toEqual([]);
  return live.events;
}

/** Every subscription that catches up: what the client missed, in order, then live, once each. */
describe('catching up after a reconnect, with access checked again for every event', () => {
  let api: TestApi;
  let giver: Member;
  let taker: Member;
  beforeAll(async () => {
    api = await startTestApi();
    giver = await api.signUp('Giver C.');
    taker = await api.signUp('Taker C.');
  });
  afterAll(() => api.close());

  it('never lets a message fall between a page and its liveCursor, even asked for after the list', async () => {
    const exchangeId = await startExchange(taker, (await postHelp(giver, { areaCell: CELL })).id);
    // A message being sent at this moment: its transaction holds the log until it commits.
    const sending = api.dataSource.createQueryRunner();
    await sending.connect();
    await sending.startTransaction();
    await sending.query('LOCK TABLE realtime_event IN ACCESS EXCLUSIVE MODE');
    const [{ id }] = await sending.query(
      `INSERT INTO exchange_message (exchange_id, author_person_id, from_post_side, body)
       VALUES ($1, $2, false, 'Just in time') RETURNING id`,
      [exchangeId, taker.personId],
    );
    const [{ seq }] = await sending.query(
      'INSERT INTO realtime_event (topic, subject_id) VALUES ($1, $2) RETURNING seq::text AS seq',
      [`exchange/${exchangeId}/message`, id],
    );
    const page = giver.gql(
      graphql(`
        query CatchUpExchangeMessages($e: ID!) {
          exchangeMessages(exchangeId: $e, first: 20) {
            edges {
              node {
                body
              }
            }
          }
          liveCursor
        }
      `),
      { e: exchangeId },
    );
    // Commit only once the page's read is queued behind the send's lock: the race, set up for sure.
    const waitingOnLock = async () =>
      (
        await api.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      )[0].n as number;
    for (let i = 0; i < 200 && (await waitingOnLock()) === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await waitingOnLock()).toBe(1);
    await sending.commitTransaction();
    await sending.release();

    const { data, errors } = await page;
    expect(errors).toBeUndefined();
    const shown = data!.exchangeMessages.edges.map((edge) => edge.node.body);
    // On the page, or after the cursor (so the subscription replays it); never in neither.
    expect(shown.includes('Just in time') || BigInt(data!.liveCursor) < BigInt(seq)).toBe(true);
    // The cursor is read first, so it waited for the send to commit, and the page shows it.
    expect(shown).toContain('Just in time');
    expect(data!.liveCursor).toBe(seq);
  });

  it('catches up on messages missed while away, in order, then goes live without duplicates', async () => {
    const exchangeId = await startExchange(taker, (await postHelp(giver, { areaCell: CELL })).id);
    const first = await watch(giver, MESSAGES, { e: exchangeId });
    await send(taker, exchangeId, 'Is Tuesday good?');
    const [seen] = await collect(first, 1);
    expect(seen!.exchangeMessageAdded.message).toEqual({ body: 'Is Tuesday good?', mine: false });

    // Away: two messages are sent while the socket is down.
    await send(taker, exchangeId, 'Or Wednesday?');
    await send(giver, exchangeId, 'Wednesday is better.');
    const again = await watch(giver, MESSAGES, {
      e: exchangeId,
      since: seen!.exchangeMessageAdded.cursor,
    });
    await again.until(2);
    await send(taker, exchangeId, 'See you then.');
    const events = await collect(again, 3);
    expect(events.map((e) => e.exchangeMessageAdded.message)).toEqual([
      { body: 'Or Wednesday?', mine: false },
      { body: 'Wednesday is better.', mine: true },
      { body: 'See you then.', mine: false },
    ]);
    const cursors = events.map((e) => BigInt(e.exchangeMessageAdded.cursor));
    expect([...cursors].sort((a, b) => (a < b ? -1 : 1))).toEqual(cursors);
    expect(new Set(cursors).size).toBe(3);
  });

  it('sends again what was appended just before the cursor, since it can arrive after it', async () => {
    const exchangeId = await startExchange(taker, (await postHelp(giver, { areaCell: CELL })).id);
    await send(taker, exchangeId, 'Long ago');
    const topic = `exchange/${exchangeId}/message`;
    await api.dataSource.query(
      `UPDATE realtime_event SET created_at = created_at - interval '1 minute' WHERE topic = $1`,
      [topic],
    );
    await send(taker, exchangeId, 'Sent first, delivered late');
    await send(giver, exchangeId, 'Sent second, delivered first');
    const [{ seq }] = await api.dataSource.query(
      `SELECT max(seq)::text AS seq FROM realtime_event WHERE topic = $1`,
      [topic],
    );
    // Over Redis the second can reach the client first; it left holding the second's cursor.
    const again = await watch(giver, MESSAGES, { e: exchangeId, since: seq });
    await again.until(2);
    again.stop();
    expect(again.errors).toEqual([]);
    expect(again.events.map((e) => e.exchangeMessageAdded.message.body)).toEqual([
      'Sent first, delivered late',
    ]);
  });

  it('does not replay a held message to the other side, only once a moderator releases it', async () => {
    const group = await createGroup(giver, { name: 'Catch-up Chapel', kind: 'FAITH' });
    const post = await postHelp(giver, { areaCell: CELL, authorGroupId: group.id });
    const exchangeId = await startExchange(taker, post.id);
    const since = await cursorOf(giver);
    const held = await send(taker, exchangeId, 'Could you send me money for the bus first?');
    expect(held.moderation).toBe('HELD');
    await send(taker, exchangeId, 'Thanks for this.');

    const organiserView = await watch(giver, MESSAGES, { e: exchangeId, since });
    const authorView = await watch(taker, MESSAGES, { e: exchangeId, since });
    const bodies = (events: ResultOf<typeof MESSAGES>[]) =>
      events.map((e) => e.exchangeMessageAdded.message.body);
    expect(bodies(await collect(organiserView, 2))).toEqual(['Thanks for this.']);
    expect(bodies(await collect(authorView, 2))).toEqual(['Thanks for this.']);

    const queue = await giver.gql(QUEUE, { g: group.id });
    const item = queue.data!['moderationQueue'].edges.find((edge) =>
      /money for the bus/.test(edge.node.text),
    )!.node;
    await giver.gql(RELEASE, { id: item.id });
    const afterRelease = await watch(giver, MESSAGES, { e: exchangeId, since });
    expect(bodies(await collect(afterRelease, 2))).toEqual([
      'Thanks for this.',
      'Could you send me money for the bus first?',
    ]);
  });

  it('refuses a replay to a stranger, and to an organiser who has left the group', async () => {
    const organiser = await api.signUp('Leaving Organiser L.');
    const group = await createGroup(giver, { name: 'Catch-up Club', kind: 'PARENT_AND_BABY' });
    await organiser.gql(
      graphql(`
        mutation CatchUpJoinGroup($g: ID!) {
          joinGroup(groupId: $g) {
            id
          }
        }
      `),
      { g: group.id },
    );
    await api.dataSource.query(
      `UPDATE membership SET role = 'ORGANISER' WHERE group_id = $1 AND person_id = $2`,
      [group.id, organiser.personId],
    );
    const post = await postHelp(giver, { areaCell: CELL, authorGroupId: group.id });
    const since = await cursorOf(giver);
    const exchangeId = await startExchange(taker, post.id);
    await send(taker, exchangeId, 'Hello organisers');

    const asOrganiser = await watch(organiser, MESSAGES, { e: exchangeId, since });
    expect((await collect(asOrganiser, 1)).map((e) => e.exchangeMessageAdded.message)).toEqual([
      { body: 'Hello organisers', mine: false },
    ]);
    const responses = await watch(organiser, RESPONSES, { since });
    expect((await collect(responses, 1)).map((e) => e.helpPostResponded.exchange.id)).toEqual([
      exchangeId,
    ]);

    const stranger = await watch(await api.signUp('Stranger C.'), MESSAGES, {
      e: exchangeId,
      since,
    });
    await stranger.until(1);
    stranger.stop();
    expect(stranger.events).toEqual([]);
    expect(codeOf({ errors: stranger.errors })).toBe('FORBIDDEN');

    const left = await organiser.gql(
      graphql(`
        mutation CatchUpLeaveGroup($g: ID!) {
          leaveGroup(groupId: $g)
        }
      `),
      {
        g: group.id,
      },
    );
    expect(left.data).toEqual({ leaveGroup: true });
    const afterLeaving = await watch(organiser, MESSAGES, { e: exchangeId, since });
    await afterLeaving.until(1);
    afterLeaving.stop();
    expect(afterLeaving.events).toEqual([]);
    expect(codeOf({ errors: afterLeaving.errors })).toBe('FORBIDDEN');
    // Their own stream of responses goes on, without the group's: the response to their own post,
    // made after the group's, is the sentinel that the group's would have come before.
    const ownResponses = await watch(organiser, RESPONSES, { since });
    const ownExchangeId = await startExchange(
      taker,
      (await postHelp(organiser, { areaCell: CELL })).id,
    );
    expect((await collect(ownResponses, 1)).map((e) => e.helpPostResponded.exchange.id)).toEqual([
      ownExchangeId,
    ]);
    // The last organiser cannot leave.
    const last = await giver.gql(
      graphql(`
        mutation CatchUpLeaveGroup2($g: ID!) {
          leaveGroup(groupId: $g)
        }
      `),
      {
        g: group.id,
      },
    );
    expect(codeOf(last)).toBe('CONFLICT');
  });

  it('ends an organiser’s open conversation with FORBIDDEN the moment they leave the group', async () => {
    const organiser = await api.signUp('Second Organiser S.');
    const group = await createGroup(giver, { name: 'Catch-up Circle', kind: 'PARENT_AND_BABY' });
    await organiser.gql(
      graphql(`
        mutation CatchUpJoinGroup2($g: ID!) {
          joinGroup(groupId: $g) {
            id
          }
        }
      `),
      { g: group.id },
    );
    await api.dataSource.query(
      `UPDATE membership SET role = 'ORGANISER' WHERE group_id = $1 AND person_id = $2`,
      [group.id, organiser.personId],
    );
    const post = await postHelp(giver, { areaCell: CELL, authorGroupId: group.id });
    const exchangeId = await startExchange(taker, post.id);
    const messages = await watch(organiser, MESSAGES, { e: exchangeId });
    const updates = await watch(organiser, UPDATES, { e: exchangeId });

    await organiser.gql(
      graphql(`
        mutation CatchUpLeaveGroup3($g: ID!) {
          leaveGroup(groupId: $g)
        }
      `),
      { g: group.id },
    );
    // No event on the exchange: the access change alone ends both streams.
    await messages.until(1);
    await updates.until(1);
    for (const live of [messages, updates]) {
      live.stop();
      expect(live.events).toEqual([]);
      expect(codeOf({ errors: live.errors })).toBe('FORBIDDEN');
    }
    // The other sides' streams go on.
    const giverView = await watch(giver, MESSAGES, { e: exchangeId });
    await send(taker, exchangeId, 'Still there?');
    expect((await collect(giverView, 1)).map((e) => e.exchangeMessageAdded.message.body)).toEqual([
      'Still there?',
    ]);
  });

  it('catches up on exchange changes and responses missed while away', async () => {
    // Someone new: catch-up also sends again what was appended just before the cursor, and
    // nothing of this person's is, so what arrives is exactly this test's.
    const owner = await api.signUp('Owner C.');
    const post = await postHelp(owner, { areaCell: CELL, title: 'Cot mattress', quantity: 2 });
    const since = await cursorOf(owner);
    const exchangeId = await startExchange(taker, post.id);
    await step(owner, 'agreeToExchange', exchangeId);
    await step(taker, 'agreeToExchange', exchangeId);

    const updates = await watch(owner, UPDATES, { e: exchangeId, since });
    await updates.until(2);
    await step(taker, 'markExchangeFulfilled', exchangeId);
    const changes = await collect(updates, 3);
    // Each change is read as the exchange is when it is delivered.
    expect(changes.map((e) => e.exchangeUpdated.exchange)).toEqual([
      { status: 'AGREED', agreedByPostSide: true, agreedByResponder: true },
      { status: 'AGREED', agreedByPostSide: true, agreedByResponder: true },
      { status: 'FULFILLED', agreedByPostSide: true, agreedByResponder: true },
    ]);
    expect(new Set(changes.map((e) => e.exchangeUpdated.cursor)).size).toBe(3);

    const responses = await watch(owner, RESPONSES, { since });
    await responses.until(1);
    const second = await startExchange(await api.signUp('Late Responder'), post.id);
    const responded = await collect(responses, 2);
    expect(responded.map((e) => e.helpPostResponded.exchange.id)).toEqual([exchangeId, second]);
    expect(responded[0]!.helpPostResponded.exchange.helpPost.title).toBe('Cot mattress');
  });

  it('catches up on status changes in the area, then goes live', async () => {
    const open = await postHelp(giver, { areaCell: CELL, title: 'Buggy' });
    const since = await cursorOf(api);
    await giver.gql(
      graphql(`
        mutation CatchUpWithdrawHelpPost($id: ID!) {
          withdrawHelpPost(id: $id) {
            id
          }
        }
      `),
      { id: open.id },
    );
    const other = await postHelp(giver, { areaCell: CELL, title: 'High chair' });
    const exchangeId = await startExchange(taker, other.id);
    await step(giver, 'agreeToExchange', exchangeId);
    await step(taker, 'agreeToExchange', exchangeId);

    const board = await watch(api, STATUSES, { c: CELL, since });
    await board.until(2);
    await giver.gql(
      graphql(`
        mutation CatchUpWithdrawHelpPost2($id: ID!) {
          withdrawHelpPost(id: $id) {
            id
          }
        }
      `),
      { id: other.id },
    );
    const events = await collect(board, 3);
    expect(events.map((e) => e.helpPostStatusChanged.helpPost)).toEqual([
      { title: 'Buggy', status: 'WITHDRAWN' },
      { title: 'High chair', status: 'MATCHED' },
      { title: 'High chair', status: 'WITHDRAWN' },
    ]);
    expect(new Set(events.map((e) => e.helpPostStatusChanged.cursor)).size).toBe(3);

    // Once the oldest events are pruned, a cursor from before them is refused.
    await api.dataSource.query(
      `DELETE FROM realtime_event WHERE seq = (SELECT min(seq) FROM realtime_event)`,
    );
    const tooOld = await watch(api, STATUSES, { c: CELL, since: '0' });
    await tooOld.until(1);
    tooOld.stop();
    expect(codeOf({ errors: tooOld.errors })).toBe('BAD_USER_INPUT');
    expect(tooOld.errors[0]!.message).toMatch(/older than the 7 days/);
  });

  it('stops a newly blocked person’s posts on a board subscription already open', async () => {
    const watcher = await api.signUp('Board Watcher B.');
    const neighbour = await api.signUp('Neighbour N.');
    const board = await watch(watcher, NEAR, { cells: [CELL] });
    await postHelp(neighbour, { areaCell: CELL, title: 'Before the block' });
    await board.until(1);
    expect(await watcher.gql(BLOCK, { p: neighbour.personId })).toEqual({
      data: { blockPerson: true },
    });
    await postHelp(neighbour, { areaCell: CELL, title: 'After the block' });
    await postHelp(giver, { areaCell: CELL, title: 'From someone else' });
    const titles = (await collect(board, 3)).map((e) => e.helpPostsNear.helpPost.title);
    expect(titles).toEqual(['Before the block', 'From someone else']);
  });
});
