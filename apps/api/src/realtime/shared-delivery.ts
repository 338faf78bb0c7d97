import {
  createSourceEventStream,
  execute,
  ExecutionArgs,
  ExecutionResult,
  GraphQLObjectType,
  Kind,
  locatedError,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type VariableNode,
} from 'graphql';
import type { Policy } from '../access/policy';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** For each event marked shareable: one execution per (document, variables), shared by subscribers. */
const memos = new WeakMap<object, Map<string, Result>>();

/**
 * Marks a value one live event hands to many subscribers in this process (the same object for all
 * of them), so that subscribers asking for it with the same document and variables, whose answer
 * cannot depend on who they are, share one execution instead of running one each.
 */
export function shareDelivery<T extends object>(value: T): T {
  if (!memos.has(value)) memos.set(value, new Map());
  return value;
}

/**
 * Whether the answer to a subscription is the same for every viewer once the root field has let
 * them subscribe: every field below the root is open to everyone (no policy, or one that allows
 * everyone) and no type on the way holds personal data.
 */
export function sameForEveryViewer(args: ExecutionArgs): boolean {
  const typeInfo = new TypeInfo(args.schema);
  let open = true;
  visit(
    args.document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        if (parent === args.schema.getSubscriptionType()) return;
        const policy = field.extensions['policy'] as Policy | undefined;
        const personal = (parent as GraphQLObjectType).extensions?.['personalData'];
        if (personal || (policy && !policy.allowsEveryone)) open = false;
        if (node.kind === Kind.FIELD && !open) return false;
        return undefined;
      },
    }),
  );
  return open;
}

/**
 * The variables whose values can change the answer: those used below the root field (and in its
 * directives). The root field's own arguments (`since`, area cells, categories) only choose which
 * events reach a subscriber, and subscription roots resolve with `deliverFresh`, which ignores them;
 * every client resumes from its own `since`, so keying on it would stop subscribers from sharing.
 */
export function variablesBelowRoot(args: ExecutionArgs): Record<string, unknown> {
  const used = new Set<string>();
  const collect = {
    Variable(node: VariableNode) {
      used.add(node.name.value);
    },
  };
  for (const definition of args.document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) visit(definition, collect);
    else
      for (const selection of definition.selectionSet.selections)
        visit(selection.kind === Kind.FIELD ? { ...selection, arguments: [] } : selection, collect);
  }
  const values = args.variableValues ?? {};
  return Object.fromEntries([...used].sort().map((name) => [name, values[name]]));
}

/**
 * graphql-ws `subscribe`: graphql-js's own, except that an event marked with `shareDelivery` is
 * executed once per distinct (document, operation, variables below the root) among subscribers whose answer is the
 * same for every viewer, and the result is handed to all of them. Filtering stays per subscriber
 * (it happens before the event reaches here); only identical work is shared. A stream that fails
 * (access lost: FORBIDDEN) ends with its error as a last result, so it reaches the client with its
 * code and human message like any other (graphql-ws would send a thrown error bare).
 */
export async function subscribeSharing(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const key = sameForEveryViewer(args)
    ? `${args.operationName ?? ''}\n${JSON.stringify(variablesBelowRoot(args))}\n${print(args.document)}`
    : null;
  const run = (event: unknown): Result => execute({ ...args, rootValue: event });
  const deliver = (event: unknown): Result => {
    const shared = key && event && typeof event === 'object' ? Object.values(event)[0] : undefined;
    const memo = shared && typeof shared === 'object' ? memos.get(shared) : undefined;
    if (!memo) return run(event);
    let result = memo.get(key!);
    if (!result) {
      result = run(event);
      memo.set(key!, result);
    }
    return result;
  };
  const source = stream as AsyncIterableIterator<unknown>;
  let failed = false;
  const mapped = async (step: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> =>
    step.done ? step : { value: await deliver(step.value), done: false };
  const fail = async (error: unknown): Promise<IteratorResult<ExecutionResult>> => {
    failed = true;
    await source.return?.();
    return { value: { errors: [locatedError(error, undefined)] }, done: false };
  };
  const results: AsyncIterableIterator<ExecutionResult> = {
    next: async () =>
      failed ? { value: undefined, done: true } : source.next().then(mapped, fail),
    return: async () => {
      await source.return?.();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => results,
  };
  return results;
}
