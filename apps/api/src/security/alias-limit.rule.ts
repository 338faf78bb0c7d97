import { Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { limitExceeded } from './limits';

/**
 * Refuses an operation with more than `maxAliases` aliased fields, counting each fragment it uses
 * once (a fragment spread twice in the same place merges into one). Aliases are how one request
 * asks for the same field many times: `a1: signIn(…) a2: signIn(…) …`.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const counted = new Set<string>();
      const aliasesIn = (selectionSet: SelectionSetNode | undefined): number => {
        let aliases = 0;
        for (const selection of selectionSet?.selections ?? []) {
          if (selection.kind === Kind.FIELD) {
            aliases += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            aliases += aliasesIn(selection.selectionSet);
          } else if (!counted.has(selection.name.value)) {
            counted.add(selection.name.value);
            aliases += aliasesIn(context.getFragment(selection.name.value)?.selectionSet);
          }
        }
        return aliases;
      };
      const aliases = aliasesIn(operation.selectionSet);
      if (aliases > maxAliases) {
        context.reportError(
          limitExceeded(
            `This operation uses ${aliases} aliases; the most allowed is ${maxAliases}.`,
            operation,
          ),
        );
      }
      return false;
    },
  });
}
