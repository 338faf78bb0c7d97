import type { ValidationError } from 'class-validator';
import { DomainError, ErrorCode } from './domain-error';

/** Each failing property with its path (`openingHours.0.opens`), depth first, in input order. */
function* failures(
  errors: readonly ValidationError[],
  parent = '',
): Generator<{ path: string; messages: string[] }> {
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) yield { path, messages: Object.values(error.constraints) };
    if (error.children?.length) yield* failures(error.children, path);
  }
}

/**
 * What the validation pipe throws: one BAD_USER_INPUT naming the first wrong field in
 * `extensions.field`, with every message once (two rules of one field may say the same sentence).
 * Messages of nested fields start with their path, as Nest's own pipe writes them.
 */
export function validationFailed(errors: ValidationError[]): DomainError {
  const all = [...failures(errors)];
  const messages = all.flatMap(({ path, messages: own }) => {
    const prefix = path.includes('.') ? `${path.slice(0, path.lastIndexOf('.'))}.` : '';
    return own.map((message) => prefix + message);
  });
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    [...new Set(messages)].join('; ') || 'The input is not valid.',
    all[0]?.path,
  );
}
