import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID in `value` (strings, lists and input objects, in place) in lower case. */
export function lowerCaseIds(value: unknown): unknown {
  if (typeof value === 'string') return UUID.test(value) ? value.toLowerCase() : value;
  if (Array.isArray(value)) return value.map(lowerCaseIds);
  if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value))
      (value as Record<string, unknown>)[key] = lowerCaseIds(item);
  return value;
}

/**
 * Writes the ids a client sends in lower case. A UUID is the same in either case and PostgreSQL
 * takes both, but it hands ids back in lower case and the API compares ids as strings (DataLoader
 * keys, "is this me?"), so an id sent in capitals did not match itself: joining a group by it
 * answered INTERNAL_SERVER_ERROR ("Cannot return null for non-nullable field Membership.group").
 */
@Injectable()
export class CanonicalIdsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // @nestjs/graphql hands arguments to pipes as `body`; parents and contexts are `custom`.
    return metadata.type === 'body' ? lowerCaseIds(value) : value;
  }
}
