/**
 * A UK postcode without spaces: outward code (area letters, district digit, optional digit or
 * letter) then inward code (a digit and two letters). Also GIR 0AA, the one historic exception.
 */
const COMPACT = /^(?:[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA)$/;

/**
 * The postcode written as Royal Mail and the ONS write it (capitals, one space before the inward
 * code: "ls6  1aa" → "LS6 1AA"), or null when the text is not shaped like a UK postcode.
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (!COMPACT.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/**
 * Whether typed text is meant as a postcode rather than an address: short, with a digit, and at
 * most one space (“LS6 1A” is a mistyped postcode; “12 Mill Lane” an address).
 */
export function looksLikePostcode(text: string): boolean {
  const trimmed = text.trim();
  return (
    /\d/.test(trimmed) &&
    trimmed.replace(/\s+/g, '').length <= 8 &&
    trimmed.split(/\s+/).length <= 2 &&
    /^[A-Za-z]/.test(trimmed)
  );
}
