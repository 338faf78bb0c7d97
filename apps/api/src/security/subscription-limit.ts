import { ExecutionArgs, GraphQLError } from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import { ErrorCode } from '../graphql/domain-error';

type OnSubscribe = (
  context: Context,
  id: string,
  payload: SubscribePayload,
) => ExecutionArgs | readonly GraphQLError[] | Promise<ExecutionArgs | readonly GraphQLError[]>;

export function tooManySubscriptionsMessage(max: number): string {
  return `This connection already runs ${max} subscriptions, the most allowed. Stop one before starting another.`;
}

/**
 * graphql-ws `onSubscribe` that refuses a subscription beyond `max` running on one socket (the
 * error reaches only that subscription; the others go on), then hands over to `next`.
 */
export function limitSubscriptionsPerSocket(max: number, next: OnSubscribe): OnSubscribe {
  return (context, id, payload) => {
    // graphql-ws has already reserved this subscription's id, so it is counted here.
    if (Object.keys(context.subscriptions).length > max)
      return [
        new GraphQLError(tooManySubscriptionsMessage(max), {
          extensions: { code: ErrorCode.RATE_LIMITED },
        }),
      ];
    return next(context, id, payload);
  };
}
