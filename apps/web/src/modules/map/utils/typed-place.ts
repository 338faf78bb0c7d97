import { looksLikePostcode, normalisePostcode } from '@village/shared';

/** A place someone typed to search from: kept in memory for the search, never stored. */
export type TypedPlace = { postcode: string } | { address: string };

/**
 * What typed text is: a postcode (written as Royal Mail writes it when it is one, as typed when it
 * only looks like one, so the API can say it isn't), an address, or nothing.
 */
export function typedPlace(text: string): TypedPlace | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return null;
  if (looksLikePostcode(trimmed)) return { postcode: normalisePostcode(trimmed) ?? trimmed };
  return { address: trimmed };
}
