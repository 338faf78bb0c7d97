import { HelpExpirySweeper } from '../src/help/help-expiry';
import { createGroup } from './support/factories';
import {
  CELL,
  codeOf,
  completeExchange,
  helpPostStatus,
  postHelp,
  respond,
  startExchange,
  step,
  watch,
} from './support/help-exchanges';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const WITHDRAW = graphql(`
  mutation HelpLifecycleWithdrawHelpPost($id: ID!) {
    withdrawHelpPost(id: $id) {
      id
      status
    }
  }
`);
const UPDATE = graphql(`
  mutation HelpLifecycleUpdateHelpPost($id: ID!, $input: UpdateHelpPostInput!) {
    updateHelpPost(id: $id, input: $input) {
      status
      quantity
    }
  }
`);
const BOARD = graphql(`
  query HelpLifecycleHelpPosts($cell: String) {
    helpPosts(areaCell: $cell, first: 50) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);

describe('the help post lifecycle, every transition through GraphQL', () => {
  let api: TestApi;
  let author: Member;
  let neighbour: Member;
  let stranger: Member;
  beforeAll(async () => {
    api = await startTestApi();
    author = await api.signUp('Author A.');
    neighbour = await api.signUp('Neighbour N.');
    stranger = await api.signUp('Stranger S.');
  });
  afterAll(() => api.close());

  const exchangeStatus = async (id: string) =>
    (
      await neighbour.gql(
        graphql(`
          query HelpLifecycleExchange($id: ID!) {
            exchange(id: $id) {
              status
            }
          }
        `),
        { id },
      )
    ).data?.['exchange']?.status;

  it('goes open → matched when both sides agree, and back to open when the promise is called off', async () => {
    const post = await postHelp(author);
    const exchange = await startExchange(neighbour, post.id);
    const first = await step(author, 'agreeToExchange', exchange);
    expect(first.data!['agreeToExchange']).toMatchObject({
      status: 'OPEN',
      agreedByPostSide: true,
      agreedByResponder: false,
      helpPost: { status: 'OPEN' },
    });
    const again = await step(author, 'agreeToExchange', exchange);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toBe('You have agreed already; the other side has not yet.');

    const both = await step(neighbour, 'agreeToExchange', exchange);
    expect(both.data!['agreeToExchange']).toMatchObject({
      status: 'AGREED',
      helpPost: { status: 'MATCHED' },
    });
    // A matched post leaves the board and takes no more responses.
    const board = await api.gql(BOARD, { cell: CELL });
    expect(board.data!['helpPosts'].edges.map((e) => e.node.id)).not.toContain(post.id);
    const late = await respond(stranger, post.id);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0]!.message).toBe('Everything on this post has already been promised.');

    const cancelled = await step(neighbour, 'cancelExchange', exchange);
    expect(cancelled.data!['cancelExchange']).toMatchObject({
      status: 'CANCELLED',
      helpPost: { status: 'OPEN' },
    });
    expect(await helpPostStatus(api, post.id)).toBe('OPEN');
  });

  it('goes matched → fulfilled when either side marks it, and a fulfilled post never reopens', async () => {
    const post = await postHelp(author);
    const exchange = await startExchange(neighbour, post.id);
    const early = await step(neighbour, 'markExchangeFulfilled', exchange);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors![0]!.message).toBe(
      'You both need to agree before it can be marked fulfilled.',
    );
    await completeExchange(author, neighbour, exchange);
    expect(await helpPostStatus(api, post.id)).toBe('FULFILLED');

    const reopen = await step(author, 'cancelExchange', exchange);
    expect(codeOf(reopen)).toBe('CONFLICT');
    expect(reopen.errors![0]!.message).toBe(
      'This exchange is fulfilled, so it cannot change any more.',
    );
    const withdraw = await author.gql(WITHDRAW, { id: post.id });
    expect(codeOf(withdraw)).toBe('CONFLICT');
    expect(withdraw.errors![0]!.message).toBe(
      'This post has been fulfilled, so it cannot change or reopen.',
    );
    const edit = await author.gql(UPDATE, { id: post.id, input: { title: 'More clothes' } });
    expect(codeOf(edit)).toBe('CONFLICT');
    expect(await helpPostStatus(api, post.id)).toBe('FULFILLED');
    expect(await exchangeStatus(exchange)).toBe('FULFILLED');
  });

  it('lets only the author withdraw, calling off exchanges not yet fulfilled', async () => {
    const post = await postHelp(author, { quantity: 2 });
    const promised = await startExchange(neighbour, post.id);
    await step(author, 'agreeToExchange', promised);
    await step(neighbour, 'agreeToExchange', promised);
    const talking = await startExchange(stranger, post.id);

    expect(codeOf(await api.gql(WITHDRAW, { id: post.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await neighbour.gql(WITHDRAW, { id: post.id }))).toBe('FORBIDDEN');
    expect(await helpPostStatus(api, post.id)).toBe('OPEN');

    const withdrawn = await author.gql(WITHDRAW, { id: post.id });
    expect(withdrawn.data!['withdrawHelpPost'].status).toBe('WITHDRAWN');
    expect(await exchangeStatus(promised)).toBe('CANCELLED');
    expect(
      (
        await stranger.gql(
          graphql(`
            query HelpLifecycleExchange2($id: ID!) {
              exchange(id: $id) {
                status
              }
            }
          `),
          { id: talking },
        )
      ).data!['exchange'].status,
    ).toBe('CANCELLED');

    const twice = await author.gql(WITHDRAW, { id: post.id });
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors![0]!.message).toBe(
      'This post was withdrawn by its author, so it cannot change any more.',
    );
    const message = await neighbour.gql(
      graphql(`
        mutation HelpLifecycleSendExchangeMessage($e: ID!) {
          sendExchangeMessage(exchangeId: $e, body: "Still on?") {
            id
          }
        }
      `),
      { e: promised },
    );
    expect(codeOf(message)).toBe('CONFLICT');
  });

  it('lets a matched post be withdrawn by its author, telling the area’s board live', async () => {
    const post = await postHelp(author);
    const board = await watch(
      api,
      graphql(`
        subscription HelpLifecycleHelpPostStatusChanged($cell: String!) {
          helpPostStatusChanged(areaCell: $cell) {
            helpPost {
              id
              status
            }
          }
        }
      `),
      { cell: CELL },
    );
    const exchange = await startExchange(neighbour, post.id);
    await step(author, 'agreeToExchange', exchange);
    await step(neighbour, 'agreeToExchange', exchange);
    expect(await helpPostStatus(api, post.id)).toBe('MATCHED');
    const withdrawn = await author.gql(WITHDRAW, { id: post.id });
    expect(withdrawn.data!['withdrawHelpPost'].status).toBe('WITHDRAWN');
    expect(await exchangeStatus(exchange)).toBe('CANCELLED');
    await board.until(2);
    board.stop();
    expect(board.events).toEqual([
      { helpPostStatusChanged: { helpPost: { id: post.id, status: 'MATCHED' } } },
      { helpPostStatusChanged: { helpPost: { id: post.id, status: 'WITHDRAWN' } } },
    ]);
  });

  it('lets the organisers of a group, and only them, withdraw the group’s post', async () => {
    const organiser = await api.signUp('Organiser O.');
    const group = await createGroup(organiser, { name: 'Baby Bank' });
    const member = await api.signUp('Member M.');
    await member.gql(
      graphql(`
        mutation HelpLifecycleJoinGroup($g: ID!) {
          joinGroup(groupId: $g) {
            id
          }
        }
      `),
      { g: group.id },
    );
    const post = await postHelp(organiser, { authorGroupId: group.id });
    expect(codeOf(await member.gql(WITHDRAW, { id: post.id }))).toBe('FORBIDDEN');
    const withdrawn = await organiser.gql(WITHDRAW, { id: post.id });
    expect(withdrawn.data!['withdrawHelpPost'].status).toBe('WITHDRAWN');
  });

  it('counts a quantity: matched only when every unit is promised, never below what is promised', async () => {
    const post = await postHelp(author, { quantity: 2, category: 'FOOD', title: 'Soup' });
    const one = await startExchange(neighbour, post.id);
    const two = await startExchange(stranger, post.id);
    await step(author, 'agreeToExchange', one);
    await step(neighbour, 'agreeToExchange', one);
    expect(await helpPostStatus(api, post.id)).toBe('OPEN');
    const tooFew = await author.gql(UPDATE, { id: post.id, input: { quantity: 1 } });
    expect(tooFew.data!['updateHelpPost']).toEqual({ status: 'MATCHED', quantity: 1 });
    const belowPromised = await author.gql(UPDATE, { id: post.id, input: { quantity: 2 } });
    expect(belowPromised.data!['updateHelpPost']).toEqual({ status: 'OPEN', quantity: 2 });
    await step(author, 'agreeToExchange', two);
    await step(stranger, 'agreeToExchange', two);
    expect(await helpPostStatus(api, post.id)).toBe('MATCHED');
    const lower = await author.gql(UPDATE, { id: post.id, input: { quantity: 1 } });
    expect(codeOf(lower)).toBe('BAD_USER_INPUT');
    expect(lower.errors![0]!.message).toBe(
      '2 of this post are already promised, so the quantity cannot be less.',
    );
    await step(neighbour, 'markExchangeFulfilled', one);
    expect(await helpPostStatus(api, post.id)).toBe('MATCHED');
    await step(author, 'markExchangeFulfilled', two);
    expect(await helpPostStatus(api, post.id)).toBe('FULFILLED');
  });

  it('takes an expired post off the board on time, before any sweep, and reads it as EXPIRED', async () => {
    const post = await postHelp(author, { title: 'Pram to give away' });
    const exchange = await startExchange(neighbour, post.id);
    // Its expiry passes (set in the database: the API refuses an expiry in the past).
    await api.dataSource.query(
      `UPDATE help_post SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [post.id],
    );
    const [stored] = await api.dataSource.query(`SELECT status FROM help_post WHERE id = $1`, [
      post.id,
    ]);
    expect(stored.status).toBe('OPEN');

    const board = await api.gql(BOARD, { cell: CELL });
    expect(board.data!['helpPosts'].edges.map((e) => e.node.id)).not.toContain(post.id);
    const expired = await api.gql(
      graphql(`
        query HelpLifecycleHelpPosts2 {
          helpPosts(status: EXPIRED, first: 50) {
            edges {
              node {
                id
                status
              }
            }
          }
        }
      `),
    );
    expect(expired.data!['helpPosts'].edges).toContainEqual({
      node: { id: post.id, status: 'EXPIRED' },
    });
    expect(await helpPostStatus(api, post.id)).toBe('EXPIRED');

    const late = await respond(stranger, post.id);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0]!.message).toBe('You can no longer respond: this post has expired.');
    const agree = await step(author, 'agreeToExchange', exchange);
    expect(codeOf(agree)).toBe('CONFLICT');
    expect(agree.errors![0]!.message).toBe('This can no longer be agreed: this post has expired.');

    // The sweep writes it down and calls off the conversation that never reached agreement.
    expect(await api.app.get(HelpExpirySweeper).sweep()).toBeGreaterThanOrEqual(1);
    const [swept] = await api.dataSource.query(`SELECT status FROM help_post WHERE id = $1`, [
      post.id,
    ]);
    expect(swept.status).toBe('EXPIRED');
    expect(await exchangeStatus(exchange)).toBe('CANCELLED');
    const withdraw = await author.gql(WITHDRAW, { id: post.id });
    expect(codeOf(withdraw)).toBe('CONFLICT');
    expect(withdraw.errors![0]!.message).toBe(
      'This post has expired, so it cannot change any more.',
    );
  });

  it('keeps a promise made before the expiry, and expires the post if the promise falls through', async () => {
    const post = await postHelp(author, { title: 'Moses basket' });
    const exchange = await startExchange(neighbour, post.id);
    const other = await api.signUp('Latecomer L.');
    const talking = await startExchange(other, post.id);
    await step(author, 'agreeToExchange', exchange);
    await step(neighbour, 'agreeToExchange', exchange);
    await api.dataSource.query(
      `UPDATE help_post SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [post.id],
    );
    await api.app.get(HelpExpirySweeper).sweep();
    expect(await helpPostStatus(api, post.id)).toBe('MATCHED');
    // Someone still talking it over hears, live, that the expiry has called their exchange off.
    const updates = await watch(
      other,
      graphql(`
        subscription HelpLifecycleExchangeUpdated($e: ID!) {
          exchangeUpdated(exchangeId: $e) {
            exchange {
              status
            }
          }
        }
      `),
      { e: talking },
    );
    const cancelled = await step(author, 'cancelExchange', exchange);
    expect(cancelled.data!['cancelExchange'].helpPost.status).toBe('EXPIRED');
    await updates.until(1);
    updates.stop();
    expect(updates.errors).toEqual([]);
    expect(updates.events).toEqual([{ exchangeUpdated: { exchange: { status: 'CANCELLED' } } }]);
  });

  it('refuses an expiry in the past and an edit by anyone but the author', async () => {
    const post = await postHelp(author);
    const past = await author.gql(UPDATE, {
      id: post.id,
      input: { expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(codeOf(await stranger.gql(UPDATE, { id: post.id, input: { title: 'Mine now' } }))).toBe(
      'FORBIDDEN',
    );
  });
});
