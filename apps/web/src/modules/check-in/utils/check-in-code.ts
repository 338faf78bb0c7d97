/** What a person typed, as the API reads it: capitals, without spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** A code shown large, in two halves so it is easy to read out: "ABC 23X". */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** The address that opens the check-in page with the code filled in (for a QR code or a poster). */
export function checkInPath(code: string): string {
  return `/check-in/${encodeURIComponent(code)}`;
}

/** A date named by its local day (YYYY-MM-DD), as an instant inside that day for formatting. */
export function middayOf(occursOn: string): string {
  return `${occursOn}T12:00:00Z`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The `:date` of a register address, or null when it cannot be a date. */
export function dateParam(value: string | undefined): string | null {
  return value && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** The head count as typed, kept between 0 and 500; null when it is not a whole number. */
export function parseGuests(typed: string): number | null {
  if (!/^\d{1,4}$/.test(typed.trim())) return null;
  return Number(typed.trim());
}

export const MAX_GUESTS = 500;
