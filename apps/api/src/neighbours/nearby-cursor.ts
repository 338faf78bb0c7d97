import { badInput } from '../graphql/domain-error';

/** Where a page of nearby parents ended: the band's rank, the name and the id of the last one. */
export interface NearbyCursor {
  rank: number;
  name: string;
  id: string;
}

export const encodeNearbyCursor = ({ rank, name, id }: NearbyCursor): string =>
  Buffer.from(JSON.stringify([rank, name, id])).toString('base64url');

export function decodeNearbyCursor(cursor: string): NearbyCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 3 &&
      Number.isInteger(decoded[0]) &&
      typeof decoded[1] === 'string' &&
      typeof decoded[2] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(decoded[2])
    ) {
      return { rank: decoded[0] as number, name: decoded[1], id: decoded[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The "after" cursor is not one we gave out.', 'after');
}
