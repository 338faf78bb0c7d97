// The API's folders and which import which, read from the source: for the floors spec's cycle check.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { placeOf } from './floors.mjs';

const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

function* typescriptFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Map from each folder of `root` to the set of other folders its files import from. */
export function folderImports(root) {
  const graph = new Map();
  for (const file of typescriptFiles(root)) {
    const from = placeOf(file, root);
    if (from.root) continue;
    const imports = graph.get(from.folder) ?? new Set();
    graph.set(from.folder, imports);
    for (const [, source] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = placeOf(resolve(dirname(file), source), root);
      if (to && !to.root && to.folder !== from.folder) imports.add(to.folder);
    }
  }
  return graph;
}

/** The groups of folders that import each other, directly or round a loop (Tarjan's algorithm). */
export function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const found = [];
  const visit = (folder) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder));
    stack.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder), low.get(next)));
      } else if (stack.includes(next)) low.set(folder, Math.min(low.get(folder), index.get(next)));
    }
    if (low.get(folder) === index.get(folder)) {
      const group = stack.splice(stack.indexOf(folder));
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const folder of graph.keys()) if (!index.has(folder)) visit(folder);
  return found;
}
