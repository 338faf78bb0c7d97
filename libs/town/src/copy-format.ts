/**
 * PostgreSQL COPY text format: one line per row, columns separated by tabs, `\N` for NULL, and
 * backslash escapes for the characters that would otherwise end a column or a row.
 */
export type CopyValue = string | number | null;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** Escapes a value for a COPY text column. */
export function copyText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** One row, tab-separated and newline-terminated. */
export function copyRow(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += '\t';
    line +=
      value === null || value === undefined
        ? '\\N'
        : typeof value === 'string'
          ? copyText(value)
          : String(value);
  }
  return `${line}\n`;
}

const ARRAY_ELEMENT_NEEDS_QUOTES = /[{},"\\\s]/;

/**
 * A PostgreSQL array literal such as `{en,ur}`. Elements that are empty, contain separators, quotes,
 * backslashes or spaces, or read as NULL are double-quoted with `"` and `\` escaped. The literal still
 * goes through `copyText` like any other column value.
 */
export function arrayLiteral(items: readonly string[]): string {
  const elements = items.map((item) =>
    item === '' || ARRAY_ELEMENT_NEEDS_QUOTES.test(item) || item.toUpperCase() === 'NULL'
      ? `"${item.replace(/[\\"]/g, '\\$&')}"`
      : item,
  );
  return `{${elements.join(',')}}`;
}
