import { cellToLatLng } from 'h3-js';
import { badInput } from '../graphql/domain-error';

export type Origin = { latitude: number; longitude: number };
export type Seek = { distance: number; id: string };
/** Position of an item in a near-me list: fit (0 when sorted by distance), distance, id. */
export type Cursor = [number, number, string];

/** Where a near-me search starts: a point (used, never stored) or an area cell's centre. */
export function originOf(args: { point?: Origin | null; areaCell?: string | null }): Origin {
  if (Boolean(args.point) === Boolean(args.areaCell))
    throw badInput('Search from a point or from an area cell: give one of them.', 'point');
  if (args.point) return { latitude: args.point.latitude, longitude: args.point.longitude };
  const [latitude, longitude] = cellToLatLng(args.areaCell!);
  return { latitude, longitude };
}

export const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(after: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      typeof value[0] === 'number' &&
      typeof value[1] === 'number' &&
      typeof value[2] === 'string'
    )
      return value as Cursor;
  } catch {
    // fall through to the error below
  }
  throw badInput('The "after" cursor is not one we gave out.', 'after');
}
