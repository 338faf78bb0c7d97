/** What a client got back for one operation, over either transport. */
export interface Outcome {
  /** HTTP status, or null over graphql-ws. */
  status: number | null;
  /** The parsed body (HTTP) or the messages' errors (graphql-ws); null when it was not JSON. */
  body: unknown;
  /** The raw text, for reporting. */
  text: string;
  /** graphql-ws: the code the socket was closed with, if it was. */
  closeCode?: number;
}

/** What is wrong with an outcome; empty when nothing is. */
export type Symptom =
  | 'HTTP 5xx'
  | 'INTERNAL_SERVER_ERROR'
  | 'error without a code'
  | 'response that is not GraphQL'
  | 'stack trace'
  | 'SQL text'
  | 'socket closed as an internal error';

/** Phrases PostgreSQL and TypeORM put in their errors, which users must never see. */
const SQL_PATTERNS = [
  /relation "/i,
  /syntax error at/i,
  /violates/i,
  /duplicate key/i,
  /column "/i,
  /invalid input syntax/i,
  /invalid byte sequence/i,
  /out of range for type/i,
  /QueryFailedError/,
  /\bSELECT\b[\s\S]*\bFROM\b/,
  /\bINSERT INTO\b/,
  /\bUPDATE "?\w+"? SET\b/,
  /\$\d+::/,
];

/** Stack frames, source paths and Node internals. */
const STACK_PATTERNS = [
  /\bat [^\s()]+ \([^)]*:\d+:\d+\)/,
  /\bat (?:async )?[/\w.-]+:\d+:\d+/,
  /[\w.-]*\/[\w./-]+\.(?:ts|js|mjs|cjs)\b/,
  /node_modules/,
  /"stacktrace"/i,
  /\bnode:internal\b/,
];

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

/** Every string the request carried, longest first, so the checks ignore text merely echoed back. */
export function sentStrings(variables: unknown, query: string): string[] {
  const found = new Set<string>([query]);
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.length >= 3) found.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(variables);
  return [...found].sort((a, b) => b.length - a.length);
}

/** Removes what the client sent from the text it got back (raw and JSON-escaped). */
function withoutEcho(text: string, sent: readonly string[]): string {
  let rest = text;
  for (const value of sent) {
    rest = rest.split(value).join(' ');
    rest = rest.split(JSON.stringify(value).slice(1, -1)).join(' ');
  }
  return rest;
}

/**
 * The symptoms that make an outcome a failure: any 5xx, any INTERNAL_SERVER_ERROR, any error
 * without `extensions.code`, and any stack trace or SQL text anywhere in the errors (not counting
 * the client's own strings repeated back). `columns` are the database's column names.
 */
export function symptomsOf(
  outcome: Outcome,
  sent: readonly string[],
  columns: readonly string[] = [],
): Symptom[] {
  const symptoms = new Set<Symptom>();
  if (outcome.status !== null && outcome.status >= 500) symptoms.add('HTTP 5xx');
  if (outcome.closeCode === 1011 || outcome.closeCode === 4500)
    symptoms.add('socket closed as an internal error');
  const errors = errorsOf(outcome.body);
  if (errors === null) {
    if (outcome.closeCode === undefined) symptoms.add('response that is not GraphQL');
    return [...symptoms];
  }
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') symptoms.add('INTERNAL_SERVER_ERROR');
    if (typeof code !== 'string' || code === '' || typeof error.message !== 'string')
      symptoms.add('error without a code');
  }
  const text = withoutEcho(JSON.stringify(errors), sent);
  if (STACK_PATTERNS.some((pattern) => pattern.test(text))) symptoms.add('stack trace');
  if (
    SQL_PATTERNS.some((pattern) => pattern.test(text)) ||
    columns.some((column) => new RegExp(`\\b${column}\\b`).test(text))
  )
    symptoms.add('SQL text');
  return [...symptoms];
}

/** The errors of a GraphQL response, [] when there are none, null when it is not one. */
function errorsOf(body: unknown): GraphQLErrorShape[] | null {
  if (!body || typeof body !== 'object') return null;
  if (Array.isArray(body)) return body as GraphQLErrorShape[];
  const record = body as { data?: unknown; errors?: unknown };
  if (record.errors === undefined) return 'data' in record ? [] : null;
  return Array.isArray(record.errors) ? (record.errors as GraphQLErrorShape[]) : null;
}

/** A short code for the errors of an outcome, for the report. */
export function codesOf(outcome: Outcome): string[] {
  return (errorsOf(outcome.body) ?? []).map((error) => String(error.extensions?.code ?? '∅'));
}
