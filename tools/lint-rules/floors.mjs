// ESLint rule: a folder of the API never imports from a floor above its own (see api-floors.mjs).
import { dirname, relative, resolve, sep } from 'node:path';
import { API_ROOT, FLOORS } from './api-floors.mjs';

const floorOf = new Map(
  FLOORS.flatMap((floor, level) => floor.folders.map((folder) => [folder, { level, ...floor }])),
);

/** Where a file sits: the composition root (a file directly in the API's src), a folder, or outside. */
export function placeOf(file, root) {
  const path = relative(root, file);
  if (path.startsWith('..')) return null;
  const parts = path.split(sep);
  return parts.length === 1 ? { root: true, path } : { root: false, folder: parts[0], path };
}

/** @type {import('eslint').Rule.RuleModule} */
export const floorsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'An API folder imports only from its own floor and the floors below.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } } }],
    messages: {
      noFloor:
        'The folder "{{folder}}" has no floor: add it to tools/lint-rules/api-floors.mjs (and docs/architecture.md).',
      upward:
        '"{{from}}" is on the {{fromFloor}} floor and may not import from "{{to}}" on the {{toFloor}} floor: move the shared piece down a floor.',
      root: '"{{from}}" may not import the composition root ("{{to}}"); only the root wires folders together.',
    },
  },
  create(context) {
    const root = resolve(context.cwd, context.options[0]?.root ?? API_ROOT);
    const file = context.filename;
    const from = placeOf(file, root);
    if (!from || from.root) return {};
    const fromFloor = floorOf.get(from.folder);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = placeOf(resolve(dirname(file), source), root);
      if (!to || (!to.root && to.folder === from.folder)) return;
      if (!fromFloor) {
        context.report({ node, messageId: 'noFloor', data: { folder: from.folder } });
        return;
      }
      // A unit spec may build the whole app (the schema) to test its folder's part in it.
      if (to.root) {
        if (/\.spec\.tsx?$/.test(file)) return;
        context.report({ node, messageId: 'root', data: { from: from.folder, to: to.path } });
        return;
      }
      const toFloor = floorOf.get(to.folder);
      if (!toFloor) {
        context.report({ node, messageId: 'noFloor', data: { folder: to.folder } });
        return;
      }
      if (toFloor.level <= fromFloor.level) return;
      context.report({
        node,
        messageId: 'upward',
        data: {
          from: from.folder,
          fromFloor: fromFloor.name,
          to: to.folder,
          toFloor: toFloor.name,
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { floors: floorsRule } };
