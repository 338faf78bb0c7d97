import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { RequestAccess } from '../access/request-access';
import { DataSource, EntityTarget, FindOptionsOrder, In, ObjectLiteral } from 'typeorm';

/**
 * Per-request DataLoaders: every graph edge on a GraphQL type goes through one of these, so a page of
 * twenty groups asks for their sessions in one query, not twenty.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  /** New loaders on the same database: for each event of a long-lived subscription. */
  fresh(): Loaders {
    return new Loaders(this.dataSource);
  }

  private memo<V>(key: string, create: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private name(entity: EntityTarget<ObjectLiteral>): string {
    return this.dataSource.getMetadata(entity).name;
  }

  /** One entity by id, or null. */
  byId<E extends { id: string }>(entity: EntityTarget<E>): DataLoader<string, E | null> {
    return this.memo(
      `${this.name(entity)}#id`,
      () =>
        new DataLoader<string, E | null>(async (ids) => {
          const rows = await this.dataSource
            .getRepository(entity)
            .findBy({ id: In([...ids]) } as never);
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** All entities whose `column` equals each key (one-to-many edges). */
  manyBy<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    column: keyof E & string,
    order: FindOptionsOrder<E>,
  ): DataLoader<string, E[]> {
    return this.memo(
      `${this.name(entity)}#${column}`,
      () =>
        new DataLoader<string, E[]>(async (keys) => {
          const rows = await this.dataSource
            .getRepository(entity)
            .find({ where: { [column]: In([...keys]) } as never, order });
          const grouped = new Map<string, E[]>(keys.map((key) => [key, []]));
          for (const row of rows) grouped.get(row[column] as string)?.push(row);
          return keys.map((key) => grouped.get(key) ?? []);
        }),
    );
  }

  /** How many entities have `column` equal to each key. */
  countBy<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    column: keyof E & string,
  ): DataLoader<string, number> {
    return this.memo(
      `${this.name(entity)}#count:${column}`,
      () =>
        new DataLoader<string, number>(async (keys) => {
          const metadata = this.dataSource.getMetadata(entity);
          const columnName = metadata.findColumnWithPropertyName(column)?.databaseName ?? column;
          const rows = await this.dataSource
            .createQueryBuilder()
            .select(`e.${columnName}`, 'key')
            .addSelect('count(*)::int', 'n')
            .from(metadata.target, 'e')
            .where(`e.${columnName} IN (:...keys)`, { keys: [...keys] })
            .groupBy(`e.${columnName}`)
            .getRawMany<{ key: string; n: number }>();
          const counts = new Map(rows.map((row) => [row.key, row.n]));
          return keys.map((key) => counts.get(key) ?? 0);
        }),
    );
  }
}

export interface GraphQLContext {
  loaders: Loaders;
  access: RequestAccess;
  /** The HTTP request and response (absent for subscriptions over graphql-ws). */
  req?: Request;
  res?: Response;
  /** The real-time log's position, read before the rest of a query that asks for `liveCursor`. */
  liveCursor?: string;
}

/**
 * Before delivering each event of a subscription: fresh loaders (nothing cached from earlier events)
 * and fresh access (a role lost since subscribing applies at once).
 */
export function refreshContext(context: GraphQLContext): void {
  context.loaders = context.loaders.fresh();
  context.access = context.access.as(context.access.viewer);
}

/**
 * The `resolve` of a subscription whose events carry `{ [field]: value }`: fresh context per event.
 * It ignores the field's arguments (they only choose the events), which lets subscribers who differ
 * only there share one execution per event (realtime/shared-delivery.ts).
 */
export function deliverFresh(field: string) {
  return (event: Record<string, unknown>, _args: unknown, context: GraphQLContext) => {
    refreshContext(context);
    return event[field];
  };
}
