import type { ValueTransformer } from 'typeorm';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a `date` value; node-postgres makes Dates at local midnight for date[] elements. */
export function dateOnly(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/**
 * For `date[]` columns: TypeORM keeps single `date` columns as `YYYY-MM-DD` strings but hands
 * arrays back as node-postgres's Dates. This keeps them strings, like their type says.
 */
export const dateArray: ValueTransformer = {
  from: (dates: (Date | string)[] | null) => (dates ?? []).map(dateOnly),
  to: (dates: string[]) => dates,
};
