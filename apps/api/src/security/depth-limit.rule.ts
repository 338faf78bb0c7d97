import { FieldNode, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { limitExceeded } from './limits';

/** `__schema` and `__type` answer from the schema in memory; introspection is refused in production. */
export function isIntrospectionField(field: FieldNode): boolean {
  return field.name.value === '__schema' || field.name.value === '__type';
}

/**
 * Refuses an operation whose fields nest more than `maxDepth` levels, following fragments.
 * Each fragment's depth is measured once, so fragments spread many times cannot make this slow.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragmentDepths = new Map<string, number>();
    const measuring = new Set<string>();

    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      // An unknown fragment or a cycle is reported by graphql's own rules.
      if (!fragment || measuring.has(name)) return 0;
      measuring.add(name);
      const depth = depthOf(fragment.selectionSet);
      measuring.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

    const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        const depth =
          selection.kind === Kind.FIELD
            ? 1 + (isIntrospectionField(selection) ? 0 : depthOf(selection.selectionSet))
            : selection.kind === Kind.INLINE_FRAGMENT
              ? depthOf(selection.selectionSet)
              : fragmentDepth(selection.name.value);
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            limitExceeded(
              `This operation nests fields ${depth} levels deep; the most allowed is ${maxDepth}.`,
              operation,
            ),
          );
        }
        return false;
      },
    };
  };
}
