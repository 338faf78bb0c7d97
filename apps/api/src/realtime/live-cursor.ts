import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../graphql/loaders';
import { latestSeq } from './event-log';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Whether the query asks for `liveCursor` at its root, directly or through a fragment. */
export function asksForLiveCursor(document: DocumentNode, operationName?: string | null): boolean {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
  const selects = (selectionSet: SelectionSetNode | undefined): boolean =>
    !!selectionSet &&
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      if (selection.kind === Kind.FRAGMENT_SPREAD)
        return selects(fragments.get(selection.name.value));
      return selection.name.value === 'liveCursor';
    });
  return document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.operation === 'query' &&
      (!operationName || definition.name?.value === operationName) &&
      selects(definition.selectionSet),
  );
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
      didResolveOperation: async ({ document, operationName, contextValue }) => {
        if (asksForLiveCursor(document, operationName))
          (contextValue as GraphQLContext).liveCursor = await latestSeq(dataSource);
      },
    }),
  };
}
