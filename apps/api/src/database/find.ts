import { EntityManager, EntityTarget, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';
import { notFound } from '../graphql/domain-error';

/** One row, or the NOT_FOUND error a client understands ("We could not find that group."). */
export async function findOrNotFound<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  where: FindOptionsWhere<E>,
  what: string,
): Promise<E> {
  const found = await manager.getRepository(entity).findOneBy(where);
  if (!found) throw notFound(what);
  return found;
}

/** Checks a referenced row exists before writing something that points at it. */
export async function requireExists<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  what: string,
): Promise<void> {
  if (!(await manager.getRepository(entity).existsBy({ id } as unknown as FindOptionsWhere<E>)))
    throw notFound(what);
}

/** Rows by id, as a map, in one query (none for no ids). */
export async function findByIds<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  ids: readonly string[],
): Promise<Map<string, E>> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await manager.getRepository(entity).findBy({ id: In(unique) } as FindOptionsWhere<E>)
    : [];
  return new Map(rows.map((row) => [row.id, row]));
}
