import { Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { limitExceeded } from './limits';

/**
 * Mutations that check a password or send an email. Each may run at most once per request, so one
 * request cannot carry many password guesses or reset emails under different aliases. (Batched HTTP
 * requests, the other way to do that, are refused by Apollo Server: `allowBatchedHttpRequests` is off.)
 */
export const CREDENTIAL_MUTATIONS = [
  'signIn',
  'signUp',
  'requestPasswordReset',
  'resetPassword',
  'changePassword',
  'deleteMyAccount',
] as const;

/** Refuses an operation that selects one of `fields` at its root more than once. */
export function oncePerOperationRule(fields: readonly string[]): ValidationRule {
  const watched = new Set(fields);
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const calls = new Map<string, number>();
      const spread = new Set<string>();
      const countRoot = (selectionSet: SelectionSetNode | undefined): void => {
        for (const selection of selectionSet?.selections ?? []) {
          if (selection.kind === Kind.FIELD) {
            const name = selection.name.value;
            if (watched.has(name)) calls.set(name, (calls.get(name) ?? 0) + 1);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            countRoot(selection.selectionSet);
          } else if (!spread.has(selection.name.value)) {
            spread.add(selection.name.value);
            countRoot(context.getFragment(selection.name.value)?.selectionSet);
          }
        }
      };
      countRoot(operation.selectionSet);
      for (const [name, count] of calls) {
        if (count > 1) {
          context.reportError(
            limitExceeded(
              `${name} may be called only once per request; this operation calls it ${count} times.`,
              operation,
            ),
          );
        }
      }
      return false;
    },
  });
}
