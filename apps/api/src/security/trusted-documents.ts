import { readFileSync } from 'node:fs';
import { ASTNode, DocumentNode, parse, print, visit } from 'graphql';
import { GRAPHQL_LIMITS } from './limits';

export const NOT_TRUSTED_CODE = 'OPERATION_NOT_TRUSTED';
export const NOT_TRUSTED_MESSAGE =
  'This server runs only the operations the Village web app was built with.';

/** What to do with one GraphQL request (its `query` and `extensions`). */
export type TrustVerdict =
  /** Nothing to run: GraphQL answers it (a CSRF refusal, "must contain a query"). */
  | { kind: 'empty' }
  /** The text is one of the manifest's operations. */
  | { kind: 'trusted' }
  /** Only `extensions.persistedQuery.sha256Hash` of a manifest entry: run this text. */
  | { kind: 'resolved'; query: string }
  | { kind: 'untrusted' };

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byPrintedForm = <T extends ASTNode>(nodes: readonly T[]): T[] =>
  nodes
    .map((node) => ({ node, key: print(node) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ node }) => node);

const byName = <T extends { name: { value: string } }>(nodes: readonly T[] | undefined): T[] =>
  [...(nodes ?? [])].sort((a, b) => compare(a.name.value, b.name.value));

/**
 * One text for every way of writing the same operation: `print(parse(source))` with definitions,
 * fields, arguments and variables in a fixed order, and without the `__typename` fields Apollo Client
 * adds to every selection. Null when the source does not parse (or has more than the token limit).
 */
export function canonicalDocument(source: string): string | null {
  let document: DocumentNode;
  try {
    document = parse(source, { noLocation: true, maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch {
    return null;
  }
  const canonical = visit(document, {
    Field: {
      enter: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
      leave: (node) => ({ ...node, arguments: byName(node.arguments) }),
    },
    Directive: { leave: (node) => ({ ...node, arguments: byName(node.arguments) }) },
    ObjectValue: { leave: (node) => ({ ...node, fields: byName(node.fields) }) },
    SelectionSet: { leave: (node) => ({ ...node, selections: byPrintedForm(node.selections) }) },
    OperationDefinition: {
      leave: (node) => ({
        ...node,
        variableDefinitions: [...(node.variableDefinitions ?? [])].sort((a, b) =>
          compare(a.variable.name.value, b.variable.name.value),
        ),
      }),
    },
    Document: { leave: (node) => ({ ...node, definitions: byPrintedForm(node.definitions) }) },
  });
  return print(canonical);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The sha256 hex of `extensions.persistedQuery`, with or without codegen's `sha256:` prefix. */
function persistedHash(extensions: unknown): string | null {
  if (!isRecord(extensions) || !isRecord(extensions['persistedQuery'])) return null;
  const hash = extensions['persistedQuery']['sha256Hash'];
  return typeof hash === 'string' ? hash.toLowerCase().replace(/^sha256:/, '') : null;
}

/**
 * The operations the web client was built with (graphql-codegen's persisted-documents.json), and the
 * rule that lets only those run: a request's text must be one of them once both are written the same
 * way (`canonicalDocument`), or the request must carry only the SHA-256 of one of them.
 */
export class TrustedDocuments {
  private readonly texts = new Set<string>();
  private readonly byHash = new Map<string, string>();
  /** Verdicts by exact request text: the web app sends the same few texts again and again. */
  private readonly seen = new Map<string, boolean>();

  constructor(manifest: Record<string, string>) {
    for (const [hash, text] of Object.entries(manifest)) {
      const canonical = canonicalDocument(text);
      if (canonical === null) throw new Error(`The trusted document ${hash} does not parse.`);
      this.texts.add(canonical);
      this.byHash.set(hash.toLowerCase().replace(/^sha256:/, ''), text);
    }
  }

  /** Reads a codegen manifest: `{ "sha256:<hex>": "<document>", … }`. */
  static load(path: string): TrustedDocuments {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(
        `Cannot read the trusted-documents manifest ${path}: ${(error as Error).message}`,
      );
    }
    if (!isRecord(manifest) || !Object.values(manifest).every((v) => typeof v === 'string'))
      throw new Error(
        `The trusted-documents manifest ${path} is not a map of hashes to documents.`,
      );
    return new TrustedDocuments(manifest as Record<string, string>);
  }

  get size(): number {
    return this.byHash.size;
  }

  check(request: { query?: unknown; extensions?: unknown }): TrustVerdict {
    const { query } = request;
    if (typeof query === 'string' && query !== '')
      return this.isTrustedText(query) ? { kind: 'trusted' } : { kind: 'untrusted' };
    const hash = persistedHash(request.extensions);
    if (hash === null) return { kind: 'empty' };
    const text = this.byHash.get(hash);
    return text === undefined ? { kind: 'untrusted' } : { kind: 'resolved', query: text };
  }

  private isTrustedText(query: string): boolean {
    const known = this.seen.get(query);
    if (known !== undefined) return known;
    const canonical = canonicalDocument(query);
    const trusted = canonical !== null && this.texts.has(canonical);
    if (this.seen.size >= 1_000) this.seen.clear();
    this.seen.set(query, trusted);
    return trusted;
  }
}
