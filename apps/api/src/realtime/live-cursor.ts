import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../graphql/loaders';
import { latestSeq } from './event-log';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

function selectsLiveCursor(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.some((selection) =>
    selection.kind === Kind.INLINE_FRAGMENT
      ? selectsLiveCursor(selection.selectionSet)
      : selection.kind === Kind.FIELD && selection.name.value === 'liveCursor',
  );
}

function asksForLiveCursor(operation: OperationDefinitionNode): boolean {
  return operation.operation === 'query' && selectsLiveCursor(operation.selectionSet);
}

/**
 * Reads `liveCursor` before anything else a query reads. Root fields resolve in parallel, so asked
 * for alongside a list, the cursor could otherwise be read after the list, and an event committed
 * between the two reads would be in neither. Read first, such an event can only be in both: a
 * duplicate the client drops. (The append lock in `appendEvents` makes sequence numbers visible in
 * order, so nothing committed after this read can have a number at or below it.)
 */
export function liveCursorFirst(dataSource: DataSource): ApolloPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation && asksForLiveCursor(operation))
          (contextValue as GraphQLContext).liveCursor = await latestSeq(dataSource);
      },
    }),
  };
}
