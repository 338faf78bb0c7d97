import { Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { limitExceeded } from './limits';

/**
 * Refuses an operation with more than `maxAliases` aliased fields, counting what would run: a
 * fragment's aliases count each time a field spreads it (`a: node { ...F } b: node { ...F }` runs F
 * twice), through named and inline fragments at any depth. A fragment spread again into the same
 * selection merges with the first and counts once. Aliases are how one request asks for the same
 * field many times: `a1: signIn(…) a2: signIn(…) …`.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    // Each fragment is measured once, so nested spreads cannot make this rule slow.
    const fragmentAliases = new Map<string, number>();
    const measuring = new Set<string>();

    const aliasesOfFragment = (name: string): number => {
      const known = fragmentAliases.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      // An unknown fragment or a cycle is reported by graphql's own rules.
      if (!fragment || measuring.has(name)) return 0;
      measuring.add(name);
      const aliases = aliasesIn(fragment.selectionSet, new Set());
      measuring.delete(name);
      fragmentAliases.set(name, aliases);
      return aliases;
    };

    /** `spread` holds the fragments already spread into this selection (inline fragments merge into it). */
    const aliasesIn = (selectionSet: SelectionSetNode | undefined, spread: Set<string>): number => {
      let aliases = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          aliases += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet, new Set());
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          aliases += aliasesIn(selection.selectionSet, spread);
        } else if (!spread.has(selection.name.value)) {
          spread.add(selection.name.value);
          aliases += aliasesOfFragment(selection.name.value);
        }
      }
      return aliases;
    };

    return {
      OperationDefinition(operation) {
        const aliases = aliasesIn(operation.selectionSet, new Set());
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
    };
  };
}
