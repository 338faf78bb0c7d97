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

/** Rows read per round of a nearest-first search. */
export const ROUND = 100;

/** Metres on the town plane from the search's origin ($1, $2) to the space `sp`. */
const DISTANCE = 'sp.position <-> village_plane($1, $2)';

/**
 * A nearest-first query over `space sp` and what `from` joins to it, within `withinMetres` and past
 * `seek` on (distance, `idColumn`). It orders by distance alone, because a second sort key makes
 * PostgreSQL 15 scan and sort rather than read the plane index (ADR 4) nearest first: equal
 * distances are put in order in memory (`wholeTies`).
 */
export function nearestQuery(
  origin: Origin,
  near: { withinMetres: number | null; seek: Seek | null; limit: number },
  build: (param: (value: unknown) => string) => {
    select: string;
    from: string;
    where: string[];
    idColumn: string;
  },
): { sql: string; params: unknown[] } {
  const params: unknown[] = [origin.latitude, origin.longitude];
  const param = (value: unknown) => `$${params.push(value)}`;
  const { select, from, where, idColumn } = build(param);
  if (near.withinMetres !== null)
    where.push(`sp.position <@ circle(village_plane($1, $2), ${param(near.withinMetres)})`);
  if (near.seek)
    where.push(
      `(${DISTANCE}, ${idColumn}) > (${param(near.seek.distance)}::float8, ${param(near.seek.id)}::uuid)`,
    );
  const sql = `SELECT ${select}, ${DISTANCE} AS distance
       FROM ${from}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${DISTANCE}
      LIMIT ${param(near.limit)}`;
  return { sql, params };
}

/**
 * Rows in (distance, id) order. A full round may end inside a group of equal distances (sessions
 * at one space), so that group is left for the next round, which seeks past the last row kept.
 * Null when a full round is all one tie: which rows of the tie it holds is arbitrary, so the
 * caller must read that round again, bigger.
 */
export function wholeTies<Row extends Seek>(rows: Row[], full: boolean): Row[] | null {
  // Ids compare as PostgreSQL compares uuids: their lower-case hex, character by character.
  const sorted = [...rows].sort(
    (a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  if (!full || sorted.length === 0) return sorted;
  const lastDistance = sorted.at(-1)!.distance;
  const kept = sorted.filter((row) => row.distance < lastDistance);
  return kept.length > 0 ? kept : null;
}

/**
 * Reads rows nearest first past `seek` until `keep` has turned them into more than `first`
 * results (the one over says there is a next page) or the rows run out. Rounds are `round` rows;
 * with `growTo`, each round after the first doubles up to that many (for searches whose filters
 * reject many rows). A round that is all one tie is read again twice as big.
 */
export async function nearestFirst<Row extends Seek, Result>(
  first: number,
  seek: Seek | null,
  read: (seek: Seek | null, limit: number) => Promise<Row[]>,
  keep: (rows: Row[]) => Result[] | Promise<Result[]>,
  { round = ROUND, growTo = round }: { round?: number; growTo?: number } = {},
): Promise<Result[]> {
  const results: Result[] = [];
  let limit = round;
  while (results.length <= first) {
    const fetched = await read(seek, limit);
    const rows = wholeTies(fetched, fetched.length === limit);
    if (!rows) {
      limit *= 2;
      continue;
    }
    results.push(...(await keep(rows)));
    if (fetched.length < limit) break;
    const last = rows.at(-1)!;
    seek = { distance: last.distance, id: last.id };
    limit = Math.max(limit, Math.min(growTo, limit * 2));
  }
  return results;
}
