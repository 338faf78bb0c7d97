import {
  ExecutionResult,
  GraphQLBoolean,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { PubSub } from 'graphql-subscriptions';
import { Anyone, SignedIn } from '../access/policies';
import {
  sameForEveryViewer,
  shareDelivery,
  subscribeSharing,
  variablesBelowRoot,
} from './shared-delivery';

let executions = 0;
const Post = new GraphQLObjectType({
  name: 'Post',
  fields: {
    title: {
      type: GraphQLString,
      args: { shout: { type: GraphQLBoolean } },
      resolve: (post: { title: string }, { shout }: { shout?: boolean }) => {
        executions++;
        return shout ? post.title.toUpperCase() : post.title;
      },
    },
    open: { type: GraphQLString, extensions: { policy: Anyone }, resolve: () => 'yes' },
    secret: { type: GraphQLString, extensions: { policy: SignedIn }, resolve: () => 'mine' },
  },
});
const pubSub = new PubSub();
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      posted: {
        type: Post,
        args: { since: { type: GraphQLString } },
        extensions: { policy: SignedIn },
        subscribe: () => pubSub.asyncIterableIterator('posted'),
      },
    },
  }),
});
const args = (query: string, variableValues: Record<string, unknown> = {}) => ({
  schema,
  document: parse(query),
  contextValue: {},
  variableValues,
});

async function subscribe(query: string, variables: Record<string, unknown> = {}) {
  const stream = (await subscribeSharing(
    args(query, variables),
  )) as AsyncIterableIterator<ExecutionResult>;
  return { stream, first: stream.next() };
}

describe('sameForEveryViewer', () => {
  it('is true when every field below the root is open to everyone', () => {
    expect(sameForEveryViewer(args('subscription { posted { title open } }'))).toBe(true);
  });

  it('is false when a field below the root has a restrictive policy, also through a fragment', () => {
    expect(sameForEveryViewer(args('subscription { posted { title secret } }'))).toBe(false);
    expect(
      sameForEveryViewer(
        args('subscription { posted { ...F } } fragment F on Post { title secret }'),
      ),
    ).toBe(false);
  });
});

describe('variablesBelowRoot', () => {
  it('leaves out what only the root field takes, keeps what fields below it and fragments use', () => {
    const query =
      'subscription ($since: String, $shout: Boolean, $deep: Boolean) { posted(since: $since) { title(shout: $shout) ...F } } fragment F on Post { title(shout: $deep) }';
    expect(variablesBelowRoot(args(query, { since: '7', shout: true, deep: false }))).toEqual({
      deep: false,
      shout: true,
    });
  });
});

describe('subscribeSharing', () => {
  beforeEach(() => {
    executions = 0;
  });

  it('executes a shared event once for all subscribers with the same open document', async () => {
    const a = await subscribe('subscription { posted { title } }');
    const b = await subscribe('subscription { posted { title } }');
    await new Promise((resolve) => setImmediate(resolve));
    await pubSub.publish('posted', { posted: shareDelivery({ title: 'Pram' }) });
    const [first, second] = await Promise.all([a.first, b.first]);
    expect(first.value).toEqual({ data: { posted: { title: 'Pram' } } });
    expect(second.value).toBe(first.value);
    expect(executions).toBe(1);
    await Promise.all([a.stream.return!(), b.stream.return!()]);
  });

  it('executes per subscriber when the document reaches a restricted field, or the event is not shared', async () => {
    const a = await subscribe('subscription { posted { title secret } }');
    const b = await subscribe('subscription { posted { title secret } }');
    await new Promise((resolve) => setImmediate(resolve));
    await pubSub.publish('posted', { posted: shareDelivery({ title: 'Cot' }) });
    await Promise.all([a.first, b.first]);
    expect(executions).toBe(2);

    const c = await subscribe('subscription { posted { title } }');
    const d = await subscribe('subscription { posted { title } }');
    const [nextA, nextB] = [a.stream.next(), b.stream.next()];
    await new Promise((resolve) => setImmediate(resolve));
    await pubSub.publish('posted', { posted: { title: 'Not marked' } });
    await Promise.all([c.first, d.first, nextA, nextB]);
    expect(executions).toBe(6);
    await Promise.all([a, b, c, d].map(({ stream }) => stream.return!()));
  });
  it('shares between subscribers resuming from different cursors, not between different answers', async () => {
    const query =
      'subscription ($since: String, $shout: Boolean) { posted(since: $since) { title(shout: $shout) } }';
    const a = await subscribe(query, { since: '10', shout: false });
    const b = await subscribe(query, { since: '12', shout: false });
    const c = await subscribe(query, { since: '10', shout: true });
    await new Promise((resolve) => setImmediate(resolve));
    await pubSub.publish('posted', { posted: shareDelivery({ title: 'Sling' }) });
    const [first, second, third] = await Promise.all([a.first, b.first, c.first]);
    expect(second.value).toBe(first.value);
    expect(third.value).toEqual({ data: { posted: { title: 'SLING' } } });
    expect(executions).toBe(2);
    await Promise.all([a, b, c].map(({ stream }) => stream.return!()));
  });
});
