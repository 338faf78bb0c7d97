"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.copyText = copyText;
exports.copyRow = copyRow;
exports.arrayLiteral = arrayLiteral;
const NEEDS_ESCAPE = /[\\\t\n\r]/;
/** Escapes a value for a COPY text column. */
function copyText(value) {
    if (!NEEDS_ESCAPE.test(value))
        return value;
    return value
        .replace(/\\/g, '\\\\')
        .replace(/\t/g, '\\t')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r');
}
/** One row, tab-separated and newline-terminated. */
function copyRow(values) {
    let line = '';
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (i > 0)
            line += '\t';
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
function arrayLiteral(items) {
    const elements = items.map((item) => item === '' || ARRAY_ELEMENT_NEEDS_QUOTES.test(item) || item.toUpperCase() === 'NULL'
        ? `"${item.replace(/[\\"]/g, '\\$&')}"`
        : item);
    return `{${elements.join(',')}}`;
}
