import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
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
