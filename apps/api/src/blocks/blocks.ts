import type { EntityManager } from 'typeorm';

/**
 * The one place that answers "is there a block between these people?". A block works both ways for
 * what each sees and can do: neither sees the other's posts (board, single post, matches, live
 * posts), responds to the other's posts or messages the other. Real-time subscriptions filter
 * with these too (docs/architecture.md, "Safety").
 */

/** True when either person has blocked the other. False when either is missing (an anonymous viewer). */
export async function blockedBetween(
  manager: EntityManager,
  personA: string | null | undefined,
  personB: string | null | undefined,
): Promise<boolean> {
  if (!personA || !personB || personA === personB) return false;
  const [row] = await manager.query<{ blocked: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM person_block
                     WHERE (blocker_person_id = $1 AND blocked_person_id = $2)
                        OR (blocker_person_id = $2 AND blocked_person_id = $1)) AS blocked`,
    [personA, personB],
  );
  return row?.blocked ?? false;
}

/** Everyone on the other side of a block with this person (they blocked, or were blocked by). */
export async function blockedPeopleOf(
  manager: EntityManager,
  personId: string | null | undefined,
): Promise<Set<string>> {
  if (!personId) return new Set();
  const rows = await manager.query<{ id: string }[]>(
    `SELECT blocked_person_id AS id FROM person_block WHERE blocker_person_id = $1
     UNION SELECT blocker_person_id AS id FROM person_block WHERE blocked_person_id = $1`,
    [personId],
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * A SQL condition, for a query over `help_post` aliased `alias`, that leaves out posts by people on
 * the other side of a block with the person in parameter `:param`. Group posts are the group's and
 * stay (a block is between people).
 */
export function notBlockedPostsSql(alias: string, param: string): string {
  return `(${alias}.author_person_id IS NULL OR NOT EXISTS (
            SELECT 1 FROM person_block pb
             WHERE (pb.blocker_person_id = :${param} AND pb.blocked_person_id = ${alias}.author_person_id)
                OR (pb.blocked_person_id = :${param} AND pb.blocker_person_id = ${alias}.author_person_id)))`;
}
