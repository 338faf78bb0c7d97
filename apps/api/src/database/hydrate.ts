import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities read by a hand-written statement, so a query that must keep its own SQL (an index-led
 * plan, say) can still return whole entities in the same round trip instead of a second lookup.
 * `select` lists an entity's columns under a prefix; `hydrate` turns one row back into the entity
 * exactly as TypeORM would (its driver's conversions and the columns' transformers).
 */
export function selectColumns(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  prefix: string,
): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.databaseName}"`)
    .join(', ');
}

export function hydrate<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  row: Record<string, unknown>,
  prefix: string,
): E {
  const metadata = dataSource.getMetadata(entity);
  const result = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns)
    result[column.propertyName] = dataSource.driver.prepareHydratedValue(
      row[`${prefix}${column.databaseName}`],
      column,
    );
  return result as E;
}
