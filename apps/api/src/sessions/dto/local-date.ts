import { ValidateBy, ValidationOptions } from 'class-validator';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 30 February), with no time or zone. */
export function isLocalDate(value: unknown): boolean {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1;
}

/** One rule, so a bad date gets one message (two overlapping rules each said it). */
export function IsLocalDate(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: isLocalDate,
        defaultMessage: () => '$property must be a date such as 2026-09-01',
      },
    },
    options,
  );
}
