/** Reading loosely-typed JSON from an outside directory without trusting its shape. */

export type Raw = Record<string, unknown>;

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string (numbers are accepted as their text), else undefined. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number, also from a numeric string (CSV-derived JSON often quotes numbers). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = textOf(value);
  if (text === undefined) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The objects in a list (anything else in it is dropped); a single object counts as a list of one. */
export function objectsOf(value: unknown): Raw[] {
  if (isObject(value)) return [value];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** The objects under the first of `keys` that is present. */
export function objectsUnder(record: Raw, ...keys: string[]): Raw[] {
  return keys.flatMap((key) => objectsOf(record[key]));
}

/** A record's id as text, or null when it has none. */
export function idOf(record: Raw): string | null {
  return textOf(record['id']) ?? null;
}

/** `YYYY-MM-DD` from a date or date-time string, when it is a real date. */
export function dateOf(value: unknown): string | undefined {
  const text = textOf(value);
  const match = text && /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const iso = match[0];
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** `HH:MM` from `10:00`, `10:00:00`, `9:30`, `10:00Z` or `10:00+01:00` (the offset is not applied). */
export function timeOf(value: unknown): string | undefined {
  const text = textOf(value);
  const match =
    text && /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}
